"""Comparing answers as a teacher would: short answers after normalising, outputs line by line.

`output_lines` is the one place that says which differences in a program's output never matter
(line endings, trailing whitespace, trailing blank lines); grading, pack hashes and exports all
read outputs through it.
"""

from __future__ import annotations

import ast
import re
from dataclasses import dataclass

_SPACES = re.compile(r"\s+")


def normalize_text(text: str) -> str:
    """A short answer as compared: whitespace collapsed, case folded."""
    return _SPACES.sub(" ", text).strip().casefold()


def output_lines(text: str) -> list[str]:
    """A program's output as lines, without line-ending style, trailing whitespace or trailing blank lines."""
    lines = [line.rstrip() for line in text.replace("\r\n", "\n").split("\n")]
    while lines and not lines[-1]:
        lines.pop()
    return lines


def collapse_spaces(line: str) -> str:
    """A line with every run of whitespace made one space, and none at either end."""
    return _SPACES.sub(" ", line).strip()


def normalized_output(text: str) -> str:
    """A program's output with whitespace collapsed inside lines: what a practice pack's hash is taken of."""
    return "\n".join(collapse_spaces(line) for line in output_lines(text))


@dataclass(frozen=True)
class Comparison:
    equal: bool
    rule: str | None   # None for an exact match (ignoring trailing whitespace and blank lines)
    diff: str          # a unified diff when not equal


def _literal(line: str):
    """The value of a line that is a Python literal, or a sentinel when it is not one."""
    try:
        return ("literal", ast.literal_eval(line.strip()))
    except (ValueError, SyntaxError, TypeError, MemoryError, RecursionError):
        return ("text", line)


def compare_output(given: str, expected: str) -> Comparison:
    """Compare a student's predicted output to the expected one, as a teacher would.

    Trailing whitespace and trailing blank lines never matter. If the lines still differ, two lenient
    rules are tried in turn, and the one that made them equal is named: whitespace inside a line
    collapsed (`a  b` = `a b`), then lines that are Python literals compared by value (`[1,2]` = `[1, 2]`).
    """
    given_lines, expected_lines = output_lines(given), output_lines(expected)
    if given_lines == expected_lines:
        return Comparison(True, None, "")
    if len(given_lines) == len(expected_lines):
        collapsed = [collapse_spaces(g) == collapse_spaces(e) for g, e in zip(given_lines, expected_lines)]
        if all(collapsed):
            return Comparison(True, "whitespace inside lines collapsed", "")
        if all(same or _literal(g) == _literal(e) and _literal(e)[0] == "literal"
               for same, g, e in zip(collapsed, given_lines, expected_lines)):
            return Comparison(True, "lines compared as Python values", "")
    return Comparison(False, None, output_diff(given_lines, expected_lines))


def output_diff(given_lines: list[str], expected_lines: list[str]) -> str:
    import difflib

    return "\n".join(difflib.unified_diff(expected_lines, given_lines, "expected", "your answer", lineterm="", n=2))


def lcs_length(a: list, b: list) -> int:
    previous = [0] * (len(b) + 1)
    for x in a:
        current = [0]
        for j, y in enumerate(b):
            current.append(previous[j] + 1 if x == y else max(previous[j + 1], current[j]))
        previous = current
    return previous[-1]


