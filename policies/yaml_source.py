"""YAML read with its line numbers kept, so that every error can name the file, key and line.

Shared by the routing policy loader here and the router's configuration loader.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import yaml


class YamlError(ValueError):
    """Text that is not valid YAML, or a mapping that gives one key twice; names source:line."""


@dataclass(frozen=True, slots=True)
class YamlDocument:
    data: Any  # what yaml.safe_load returns
    root: yaml.Node | None  # the composed node tree, for line numbers
    source: str  # the file name used in messages

    def line_of(self, location: tuple[Any, ...]) -> int | None:
        """The line of the deepest node on `location` (keys and indexes) that the text has."""
        if self.root is None:
            return None
        node, line = self.root, self.root.start_mark.line + 1
        for part in location:
            child = _child(node, part)
            if child is None:
                break
            node, line = child, child.start_mark.line + 1
        return line

    def where(self, location: tuple[Any, ...]) -> str:
        line = self.line_of(location)
        return f"{self.source}:{line}" if line is not None else self.source


def read_yaml(text: str, source: str) -> YamlDocument:
    try:
        root = yaml.compose(text, Loader=yaml.SafeLoader)
        data = yaml.safe_load(text)
    except yaml.MarkedYAMLError as exc:
        line = exc.problem_mark.line + 1 if exc.problem_mark else "?"
        raise YamlError(f"{source}:{line}: invalid YAML: {exc.problem}") from exc
    _reject_duplicate_keys(root, source)
    return YamlDocument(data, root, source)


def _child(node: yaml.Node, part: Any) -> yaml.Node | None:
    if isinstance(node, yaml.MappingNode):
        return next((value for key, value in node.value if key.value == part), None)
    if isinstance(node, yaml.SequenceNode) and isinstance(part, int) and part < len(node.value):
        child: yaml.Node = node.value[part]
        return child
    return None


def _reject_duplicate_keys(node: yaml.Node | None, source: str) -> None:
    if isinstance(node, yaml.MappingNode):
        seen: set[Any] = set()
        for key, value in node.value:
            if key.value in seen:
                line = key.start_mark.line + 1
                raise YamlError(f"{source}:{line}: {key.value}: the key is given twice")
            seen.add(key.value)
            _reject_duplicate_keys(value, source)
    elif isinstance(node, yaml.SequenceNode):
        for item in node.value:
            _reject_duplicate_keys(item, source)
