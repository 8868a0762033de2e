"""Finding and reading the configuration file, with errors that name the file, key and line."""

from __future__ import annotations

import os
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from pydantic import ValidationError
from pydantic_settings import SettingsError

from policies.load import BUNDLED
from policies.yaml_source import YamlDocument, YamlError, read_yaml
from router.errors import ConfigError
from router.settings import Settings

CONFIG_ENV = "ROUTER_CONFIG"
DEFAULT_FILE = Path("config.yaml")


def find_config(cli_path: str | None, environ: Mapping[str, str]) -> Path | None:
    """`--config`, else `$ROUTER_CONFIG`, else ./config.yaml if present, else None (defaults)."""
    if cli_path:
        return Path(cli_path)
    if environ.get(CONFIG_ENV):
        return Path(environ[CONFIG_ENV])
    return DEFAULT_FILE if DEFAULT_FILE.is_file() else None


def load_settings(path: Path | None) -> Settings:
    """Settings from the file (or the embedded defaults), with `ROUTER_*` overrides applied."""
    if path is None:
        return _validate({}, None)
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise ConfigError(f"{path}: cannot read the configuration: {exc}") from exc
    try:
        document = read_yaml(text, str(path))
    except YamlError as exc:
        raise ConfigError(str(exc)) from exc
    data = {} if document.data is None else document.data
    if not isinstance(data, dict) or not all(isinstance(key, str) for key in data):
        raise ConfigError(f"{path}:1: the configuration must be a mapping of names to values")
    return _validate(_paths_beside(data, path.parent), document)


def _paths_beside(data: dict[str, Any], folder: Path) -> dict[str, Any]:
    """Relative model and policy paths are read as relative to the configuration file."""
    routing = data.get("routing")
    if isinstance(routing, dict):
        policy = routing.get("policy")
        if isinstance(policy, str) and policy not in BUNDLED and not Path(policy).is_absolute():
            data = {**data, "routing": {**routing, "policy": str(folder / policy)}}
    models = data.get("models")
    if not isinstance(models, list):
        return data
    resolved = [
        {**model, "path": str(folder / model["path"])}
        if isinstance(model, dict)
        and isinstance(model.get("path"), str)
        and not Path(model["path"]).is_absolute()
        else model
        for model in models
    ]
    return {**data, "models": resolved}


def _validate(data: dict[str, Any], document: YamlDocument | None) -> Settings:
    try:
        return Settings(**data)
    except SettingsError as exc:  # an environment override that is not valid JSON
        raise ConfigError(f"invalid ROUTER_* environment variable: {exc}") from exc
    except ValidationError as exc:
        problems = [_describe(error, document) for error in exc.errors()]
        raise ConfigError("invalid configuration:\n  " + "\n  ".join(problems)) from exc


def _describe(error: Any, document: YamlDocument | None) -> str:
    location = tuple(part for part in error["loc"] if not str(part).startswith("kind="))
    key = ".".join(str(part) for part in location) or "(top level)"
    variable = _override_for(location)
    if variable is not None:
        where = f"environment variable {variable}"
    elif document is None:
        where = "embedded defaults"
    else:
        where = document.where(location)
    return f"{where}: {key}: {error['msg']}"


def _override_for(location: tuple[Any, ...]) -> str | None:
    """The `ROUTER_*` variable that set this key or one of its parents, if any."""
    for depth in range(len(location), 0, -1):
        name = "ROUTER_" + "__".join(str(part).upper() for part in location[:depth])
        if name in os.environ:
            return name
    return None
