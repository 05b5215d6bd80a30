"""YAML parsing that keeps line numbers: a document becomes a tree of `Located` values.

PyYAML's `safe_load` forgets where each value came from, and silently keeps the last of two
duplicate keys. Bank messages must name a line, so we compose the node graph ourselves (with
the C parser when it is available) and convert it, recording each mapping key's line.
Aliases are refused: a bank has no use for them, and expanding them is how "billion laughs"
documents blow up a loader. Values are read as YAML 1.2 reads them (see `yaml12`).
"""

from __future__ import annotations

from dataclasses import dataclass

import yaml

from quizzer.bank.yaml12 import Loader as _Loader


@dataclass
class Located:
    """A converted YAML value and the 1-based line where it starts.

    `value` is a plain scalar, a list of Located, or a dict of key -> Located; `key_lines`
    maps each key of a mapping to the line of the key itself. `block` is true for a `|` or `>`
    scalar, whose text starts on the line after `line`.
    """

    value: object
    line: int
    key_lines: dict | None = None
    block: bool = False
    key_line: int | None = None  # for a mapping's value: the line of its key

    @property
    def where(self) -> int:
        """The line to name in a message about this value: its key's line when it has one."""
        return self.key_line or self.line


class YamlProblem(Exception):
    def __init__(self, line: int, message: str):
        super().__init__(message)
        self.line = line
        self.message = message


def parse(text: str) -> Located | None:
    """Parse one YAML document; None for an empty one. Raises YamlProblem."""
    loader = _Loader(text)
    try:
        node = loader.get_single_node()
        if node is None:
            return None
        return _convert(node, loader, set())
    except yaml.MarkedYAMLError as error:
        mark = error.problem_mark or error.context_mark
        line = mark.line + 1 if mark else 1
        where = f"line {line}, column {mark.column + 1}: " if mark else ""
        reason = error.problem or error.context or "invalid YAML"
        raise YamlProblem(line, f"YAML syntax error at {where}{reason}") from None
    except yaml.YAMLError as error:
        raise YamlProblem(1, f"YAML error: {str(error).splitlines()[0]}") from None
    except (ValueError, OverflowError, TypeError) as error:
        # The constructor rejects some scalars (e.g. a timestamp out of range).
        raise YamlProblem(1, f"YAML value error: {error}") from None
    finally:
        loader.dispose()


def _convert(node, loader, seen: set) -> Located:
    line = node.start_mark.line + 1
    if id(node) in seen:
        raise YamlProblem(line, "this value is reused through a YAML alias (*name); aliases are not allowed in a bank")
    seen.add(id(node))
    if isinstance(node, yaml.MappingNode):
        values, key_lines = {}, {}
        for key_node, value_node in node.value:
            key = loader.construct_object(key_node, deep=True) if isinstance(key_node, yaml.ScalarNode) else None
            key_line = key_node.start_mark.line + 1
            if not isinstance(key, str):
                raise YamlProblem(key_line, "mapping keys must be plain words")
            if key in values:
                raise YamlProblem(key_line, f"duplicate key {key!r} (first at line {key_lines[key]})")
            values[key] = _convert(value_node, loader, seen)
            values[key].key_line = key_lines[key] = key_line
        return Located(values, line, key_lines)
    if isinstance(node, yaml.SequenceNode):
        return Located([_convert(item, loader, seen) for item in node.value], line)
    value = loader.construct_object(node, deep=True)
    return Located(value, line, block=node.style in ("|", ">"))
