"""The `router` command."""

from __future__ import annotations

import argparse
import json
import logging
import os
import sys
from pathlib import Path

from pydantic import ValidationError

from router.config_file import find_config, load_settings
from router.errors import ConfigError
from router.settings import ServerSettings, Settings

LOG_FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="router", description="A cost- and latency-aware LLM router proxy."
    )
    commands = parser.add_subparsers(dest="command", required=True)
    serve = commands.add_parser("serve", help="run the proxy")
    serve.add_argument("--config", help="YAML file (default: $ROUTER_CONFIG, else ./config.yaml)")
    serve.add_argument("--host", help="address to listen on (overrides server.host)")
    serve.add_argument("--port", type=int, help="port to listen on (overrides server.port)")
    classify = commands.add_parser(
        "classify",
        help='label chats read as JSONL (one {"messages": [...]} per line)',
        description="Writes one JSON object per input line: label, confidence, signals.",
    )
    policy = commands.add_parser("policy", help="routing policies")
    policy_commands = policy.add_subparsers(dest="policy_command", required=True)
    check = policy_commands.add_parser(
        "check", help="validate a routing policy file against the configured models"
    )
    check.add_argument("file", help="the policy YAML (a mapping with `rules` and `default`)")
    check.add_argument("--config", help="YAML file (default: $ROUTER_CONFIG, else ./config.yaml)")
    route = commands.add_parser(
        "route",
        help="explain how a request would be routed, without calling a model",
        description="Prints the label, confidence, signal kinds, matching rule, target, "
        "fallbacks and reasons as JSON.",
    )
    route_source = route.add_mutually_exclusive_group(required=True)
    route_source.add_argument("--text", help="route this text as a single user message")
    route_source.add_argument(
        "file", nargs="?", help="a chat-completions request body as JSON (- for standard input)"
    )
    route.add_argument("--model", default="auto", help="the model to ask for (default: auto)")
    route.add_argument("--tags", help="as the x-router-tags header: comma-separated tags")
    route.add_argument("--config", help="YAML file (default: $ROUTER_CONFIG, else ./config.yaml)")
    database = commands.add_parser("db", help="the ledger's database")
    db_commands = database.add_subparsers(dest="db_command", required=True)
    for name, text in (
        ("upgrade", "migrate the ledger's database to REVISION (default: the latest)"),
        ("downgrade", "migrate the ledger's database back to REVISION (base: empty)"),
    ):
        migrate = db_commands.add_parser(name, help=text)
        migrate.add_argument("revision", nargs="?" if name == "upgrade" else None, default="head")
        migrate.add_argument(
            "--config", help="YAML file (default: $ROUTER_CONFIG, else ./config.yaml)"
        )
    report = commands.add_parser("report", help="the monthly cost report, from the ledger")
    report.add_argument("--month", required=True, help="YYYY-MM")
    report.add_argument("--format", choices=("table", "json", "csv"), default="table")
    report.add_argument("--config", help="YAML file (default: $ROUTER_CONFIG, else ./config.yaml)")
    source = classify.add_mutually_exclusive_group()
    source.add_argument("file", nargs="?", help="JSONL file (default: standard input)")
    source.add_argument("--text", help="classify this text as a single user message")
    return parser


def _settings(args: argparse.Namespace) -> tuple[Settings, Path | None]:
    config_path = find_config(args.config, os.environ)
    settings = load_settings(config_path)
    overrides = {
        key: value for key in ("host", "port") if (value := getattr(args, key)) is not None
    }
    if not overrides:
        return settings, config_path
    try:
        server = ServerSettings.model_validate({**settings.server.model_dump(), **overrides})
    except ValidationError as exc:
        problems = "; ".join(f"--{e['loc'][0]}: {e['msg']}" for e in exc.errors())
        raise ConfigError(problems) from exc
    return settings.model_copy(update={"server": server}), config_path


def _serve(args: argparse.Namespace) -> int:
    import uvicorn

    from router.app import create_app

    settings, config_path = _settings(args)
    level = settings.server.log_level
    logging.basicConfig(level=level.upper(), format=LOG_FORMAT)
    logging.getLogger("watchfiles").setLevel(logging.WARNING)  # the router logs reloads itself
    uvicorn.run(
        create_app(settings, config_path=config_path),
        host=settings.server.host,
        port=settings.server.port,
        log_level=level,
        log_config=None,
    )
    return 0


def _classify(args: argparse.Namespace) -> int:
    from classifiers.classify import Classifier
    from classifiers.task_model import ArtifactError
    from router.classify_command import run

    try:
        classifier = Classifier()
    except ArtifactError as exc:
        print(f"router: {exc}", file=sys.stderr)
        return 2
    try:
        if args.text is not None:
            line = json.dumps({"messages": [{"role": "user", "content": args.text}]})
            return run([line], sys.stdout, classifier)
        if args.file in (None, "-"):
            return run(sys.stdin.buffer, sys.stdout, classifier)
        try:
            lines = open(args.file, "rb")  # noqa: SIM115 - closed below; only open() may fail
        except OSError as exc:
            print(f"router: cannot read {args.file}: {exc.strerror}", file=sys.stderr)
            return 2
        with lines:
            return run(lines, sys.stdout, classifier)
    except BrokenPipeError:  # the reader went away (`| head`): stop quietly
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 1


def _policy_check(args: argparse.Namespace) -> int:
    from policies.load import PolicyError, load_policy

    settings = load_settings(find_config(args.config, os.environ))
    try:
        text = Path(args.file).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        print(f"router: cannot read {args.file}: {exc}", file=sys.stderr)
        return 2
    try:
        policy = load_policy(text, args.file, {model.name for model in settings.models})
    except PolicyError as exc:
        print(f"router: {exc}", file=sys.stderr)
        return 1
    for index, rule in enumerate(policy.rules, start=1):
        when = json.dumps(rule.when.model_dump(mode="json", exclude_defaults=True))
        print(f"{index:>3}. {rule.name}: when {when} -> {' > '.join(rule.then.chain)}")
    print(f"  default: -> {' > '.join(policy.default.chain)}")
    print(f"{args.file}: valid, {len(policy.rules)} rules")
    return 0


def _route(args: argparse.Namespace) -> int:
    from router.errors import InvalidRequest
    from router.route_command import explain_request

    if args.text is not None:
        body: object = {"model": args.model, "messages": [{"role": "user", "content": args.text}]}
    else:
        try:
            raw = sys.stdin.buffer.read() if args.file == "-" else Path(args.file).read_bytes()
            body = json.loads(raw)
        except OSError as exc:
            print(f"router: cannot read {args.file}: {exc.strerror}", file=sys.stderr)
            return 2
        except ValueError as exc:
            print(f"router: {args.file} is not a JSON request body: {exc}", file=sys.stderr)
            return 2
    config_path = find_config(args.config, os.environ)
    try:
        explained = explain_request(load_settings(config_path), config_path, body, args.tags)
    except InvalidRequest as exc:
        print(f"router: not a chat-completions request: {exc.message}", file=sys.stderr)
        return 1
    print(json.dumps(explained, indent=2, ensure_ascii=False))
    return 0


def _db(args: argparse.Namespace) -> int:
    import asyncio

    from sqlalchemy.exc import SQLAlchemyError

    from router.ledger.database import engine_for, safe_url
    from router.ledger.migrate import current, downgrade, upgrade

    url = load_settings(find_config(args.config, os.environ)).ledger.url
    engine = engine_for(url)

    async def migrate() -> str | None:
        try:
            step = upgrade if args.db_command == "upgrade" else downgrade
            await step(engine, args.revision)
            return await current(engine)
        finally:
            await engine.dispose()

    try:
        revision = asyncio.run(migrate())
    except (SQLAlchemyError, OSError) as exc:
        print(f"router: cannot migrate {safe_url(url)}: {exc}", file=sys.stderr)
        return 1
    print(f"{safe_url(url)}: at revision {revision or 'base (empty)'}")
    return 0


def _report(args: argparse.Namespace) -> int:
    import asyncio

    from sqlalchemy.exc import SQLAlchemyError

    from router.ledger.database import engine_for, safe_url
    from router.reports.cost_report import cost_report, to_csv
    from router.reports.period import BadPeriod
    from router.reports.table import as_table

    settings = load_settings(find_config(args.config, os.environ))
    engine = engine_for(settings.ledger.url)

    async def build() -> dict[str, object]:
        try:
            return await cost_report(
                engine, args.month, settings.reports.time_zone, settings.budgets.caps
            )
        finally:
            await engine.dispose()

    try:
        report = asyncio.run(build())
    except BadPeriod as exc:
        print(f"router: {exc}", file=sys.stderr)
        return 2
    except (SQLAlchemyError, OSError) as exc:
        print(f"router: cannot read {safe_url(settings.ledger.url)}: {exc}", file=sys.stderr)
        return 1
    if args.format == "json":
        print(json.dumps(report, indent=2))
    elif args.format == "csv":
        print(to_csv(report), end="")
    else:
        print(as_table(report))
    return 0


_COMMANDS = {
    "classify": _classify,
    "db": _db,
    "policy": _policy_check,
    "report": _report,
    "route": _route,
    "serve": _serve,
}


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    try:
        return _COMMANDS[args.command](args)
    except ConfigError as exc:
        print(f"router: {exc.message}", file=sys.stderr)
        return 2
