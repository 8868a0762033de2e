"""Finding and reading the configuration file, with errors that name the file, key and line."""

from __future__ import annotations

import os
from collections.abc import Mapping
from pathlib import Path
from typing import Any

import yaml
from pydantic import ValidationError
from pydantic_settings import SettingsError

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
        return _validate({}, None, None)
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise ConfigError(f"{path}: cannot read the configuration: {exc}") from exc
    try:
        root = yaml.compose(text, Loader=yaml.SafeLoader)
        data = yaml.safe_load(text)
    except yaml.MarkedYAMLError as exc:
        line = exc.problem_mark.line + 1 if exc.problem_mark else "?"
        raise ConfigError(f"{path}:{line}: invalid YAML: {exc.problem}") from exc
    if data is None:
        data = {}
    if not isinstance(data, dict) or not all(isinstance(key, str) for key in data):
        raise ConfigError(f"{path}:1: the configuration must be a mapping of names to values")
    _reject_duplicate_keys(root, path)
    return _validate(_paths_beside(data, path.parent), root, path)


def _paths_beside(data: dict[str, Any], folder: Path) -> dict[str, Any]:
    """Relative model paths are read as relative to the configuration file."""
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


def _validate(data: dict[str, Any], root: yaml.Node | None, path: Path | None) -> Settings:
    try:
        return Settings(**data)
    except SettingsError as exc:  # an environment override that is not valid JSON
        raise ConfigError(f"invalid ROUTER_* environment variable: {exc}") from exc
    except ValidationError as exc:
        problems = [_describe(error, root, path) for error in exc.errors()]
        raise ConfigError("invalid configuration:\n  " + "\n  ".join(problems)) from exc


def _describe(error: Any, root: yaml.Node | None, path: Path | None) -> str:
    location = tuple(part for part in error["loc"] if not str(part).startswith("kind="))
    key = ".".join(str(part) for part in location) or "(top level)"
    variable = _override_for(location)
    line = _line_of(root, location) if root is not None else None
    if variable is not None:
        where = f"environment variable {variable}"
    elif path is None:
        where = "embedded defaults"
    else:
        where = f"{path}:{line}" if line is not None else str(path)
    return f"{where}: {key}: {error['msg']}"


def _override_for(location: tuple[Any, ...]) -> str | None:
    """The `ROUTER_*` variable that set this key or one of its parents, if any."""
    for depth in range(len(location), 0, -1):
        name = "ROUTER_" + "__".join(str(part).upper() for part in location[:depth])
        if name in os.environ:
            return name
    return None


def _line_of(node: yaml.Node, location: tuple[Any, ...]) -> int | None:
    """The line of the deepest node on `location` that the file has."""
    line: int | None = node.start_mark.line + 1
    for part in location:
        child = _child(node, part)
        if child is None:
            break
        node, line = child, child.start_mark.line + 1
    return line


def _child(node: yaml.Node, part: Any) -> yaml.Node | None:
    if isinstance(node, yaml.MappingNode):
        return next((value for key, value in node.value if key.value == part), None)
    if isinstance(node, yaml.SequenceNode) and isinstance(part, int) and part < len(node.value):
        child: yaml.Node = node.value[part]
        return child
    return None


def _reject_duplicate_keys(node: yaml.Node | None, path: Path) -> None:
    if isinstance(node, yaml.MappingNode):
        seen: set[Any] = set()
        for key, value in node.value:
            if key.value in seen:
                line = key.start_mark.line + 1
                raise ConfigError(f"{path}:{line}: {key.value}: the key is given twice")
            seen.add(key.value)
            _reject_duplicate_keys(value, path)
    elif isinstance(node, yaml.SequenceNode):
        for item in node.value:
            _reject_duplicate_keys(item, path)
