"""YAML loading that remembers where every key and value stood, for error messages."""

from __future__ import annotations

from typing import Any

import yaml

Path = tuple[str | int, ...]


class LocatedYaml:
    """The plain Python value of a YAML document plus a map from key paths to 1-based lines."""

    def __init__(self, value: Any, lines: dict[Path, int]) -> None:
        self.value = value
        self.lines = lines

    def line_of(self, path: Path) -> int | None:
        """The line of ``path``, or of its nearest ancestor that has one."""
        probe = tuple(path)
        while probe:
            if probe in self.lines:
                return self.lines[probe]
            probe = probe[:-1]
        return self.lines.get(())


def load_located(text: str, filename: str) -> LocatedYaml:
    node = yaml.compose(text, Loader=yaml.SafeLoader)
    lines: dict[Path, int] = {}
    if node is None:
        return LocatedYaml(None, lines)
    value = _convert(node, (), lines)
    return LocatedYaml(value, lines)


def _convert(node: yaml.Node, path: Path, lines: dict[Path, int]) -> Any:
    lines[path] = node.start_mark.line + 1
    if isinstance(node, yaml.MappingNode):
        result: dict[Any, Any] = {}
        for key_node, value_node in node.value:
            key = _scalar(key_node)
            child = (*path, key)
            result[key] = _convert(value_node, child, lines)
            lines[child] = key_node.start_mark.line + 1
        return result
    if isinstance(node, yaml.SequenceNode):
        return [_convert(item, (*path, index), lines) for index, item in enumerate(node.value)]
    return _scalar(node)


def _scalar(node: yaml.Node) -> Any:
    # Resolve tags the way safe_load would (ints, floats, bools, nulls), one scalar at a time.
    loader = yaml.SafeLoader("")
    try:
        return loader.construct_object(node, deep=True)
    finally:
        loader.dispose()
