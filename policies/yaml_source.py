"""YAML read with its line numbers kept, so that every error can name the file, key and line.

Shared by the routing policy loader here and the router's configuration loader.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import yaml

MAX_VALUES = 100_000  # far above any real configuration; stops alias bombs


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
        _reject_duplicate_keys(root, source, set())
        if root is not None and _expanded_size(root, {}, set()) > MAX_VALUES:
            raise YamlError(f"{source}: aliases expand it past {MAX_VALUES} values")
        data = yaml.safe_load(text)
    except yaml.YAMLError as exc:  # includes bad characters, which carry no line mark
        mark = getattr(exc, "problem_mark", None)
        line = mark.line + 1 if mark else "?"
        problem = getattr(exc, "problem", None) or str(exc).splitlines()[0]
        raise YamlError(f"{source}:{line}: invalid YAML: {problem}") from exc
    return YamlDocument(data, root, source)


def _expanded_size(node: yaml.Node, sizes: dict[int, int], open_nodes: set[int]) -> int:
    """How many values the document holds once aliases are expanded (memoised per node)."""
    if id(node) in sizes:
        return sizes[id(node)]
    if id(node) in open_nodes:
        return MAX_VALUES + 1  # an alias inside itself: infinite
    open_nodes.add(id(node))
    children: list[yaml.Node] = []
    if isinstance(node, yaml.MappingNode):
        children = [part for pair in node.value for part in pair]
    elif isinstance(node, yaml.SequenceNode):
        children = list(node.value)
    size = 1
    for child in children:
        size += _expanded_size(child, sizes, open_nodes)
        if size > MAX_VALUES:
            break
    open_nodes.discard(id(node))
    sizes[id(node)] = size
    return size


def _child(node: yaml.Node, part: Any) -> yaml.Node | None:
    if isinstance(node, yaml.MappingNode):
        return next((value for key, value in node.value if key.value == part), None)
    if isinstance(node, yaml.SequenceNode) and isinstance(part, int) and part < len(node.value):
        child: yaml.Node = node.value[part]
        return child
    return None


def _reject_duplicate_keys(node: yaml.Node | None, source: str, seen_nodes: set[int]) -> None:
    """Walks each node once, however often aliases repeat it (no billion laughs)."""
    if node is None or id(node) in seen_nodes:
        return
    seen_nodes.add(id(node))
    if isinstance(node, yaml.MappingNode):
        seen: set[Any] = set()
        for key, value in node.value:
            if key.value in seen:
                line = key.start_mark.line + 1
                raise YamlError(f"{source}:{line}: {key.value}: the key is given twice")
            seen.add(key.value)
            _reject_duplicate_keys(value, source, seen_nodes)
    elif isinstance(node, yaml.SequenceNode):
        for item in node.value:
            _reject_duplicate_keys(item, source, seen_nodes)
