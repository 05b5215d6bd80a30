"""Comparing answers as a teacher would: short answers after normalising, outputs line by line.

`output_lines` is the one place that says which differences in a program's output never matter
(line endings, trailing whitespace, trailing blank lines); grading, pack hashes and exports all
read outputs through it.
"""

from __future__ import annotations

import ast
import re
from dataclasses import dataclass

from quizzer.answers.keys import HANGS

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


# The longest line read as a Python literal. Python's parser holds a few hundred bytes for each element it reads, so
# a student's line of a million `1,` (a program's output up to the output cap, or a predict answer) cost the grader
# half a gigabyte and seconds, and 16 MiB of them 8 GB: past this length a line is compared as text.
LITERAL_LIMIT = 10_000


def _literal(line: str):
    """The value of a line that is a Python literal, in the form `_typed` gives it, or a sentinel when it is not
    one (or too long to read as one)."""
    if len(line) > LITERAL_LIMIT:
        return ("text", line)
    try:
        return ("literal", _typed(ast.literal_eval(line.strip())))
    except (ValueError, SyntaxError, TypeError, MemoryError, RecursionError):
        return ("text", line)


def _typed(value):
    """`value` with the type of every part of it kept, so that two values are equal only where Python would print
    them alike: Python's own `==` makes `True` equal `1`, `1` equal `1.0` and `1+0j`, and `{1: 2}` equal
    `{True: 2}`, so a student who answered `1` where the program printed `True` was marked right. A float or
    complex number is kept as its repr (`0.1` and `0.10` both read as 0.1, whose repr is `0.1`; `-0.0` is not
    `0.0`); a set or a dict is compared without its order, as Python compares them. Literals nest at most some
    two hundred deep (the parser refuses more), so the recursion is bounded."""
    kind = type(value)
    if kind in (float, complex):
        return kind.__name__, repr(value)
    if kind in (list, tuple):
        return kind.__name__, tuple(_typed(item) for item in value)
    if kind in (set, frozenset):
        return kind.__name__, frozenset(_typed(item) for item in value)
    if kind is dict:
        return "dict", frozenset((_typed(key), _typed(item)) for key, item in value.items())
    return kind.__name__, value


def compare_output(given: str, expected: str) -> Comparison:
    """Compare a student's predicted output to the expected one, as a teacher would.

    Trailing whitespace and trailing blank lines never matter. Lines that still differ are tried
    against the lenient rules below, in order, and the rules that made them equal are named:
    whitespace inside a line collapsed (`a  b` = `a b`); lines that are Python literals compared by
    value (`[1,2]` = `[1, 2]`); and, on the last line, where the answer conventions put how a program
    ended, an exception named without its module (`InvalidStateError: x` for
    `asyncio.exceptions.InvalidStateError: x`) and `hangs forever` without its parentheses.
    """
    given_lines, expected_lines = output_lines(given), output_lines(expected)
    if given_lines == expected_lines:
        return Comparison(True, None, "")
    if len(given_lines) != len(expected_lines):
        return Comparison(False, None, output_diff(given_lines, expected_lines))
    used = []
    last = len(expected_lines) - 1
    for index, (mine, theirs) in enumerate(zip(given_lines, expected_lines)):
        if mine == theirs:
            continue
        rule = next((name for name, same, last_only in LENIENT_RULES
                     if (index == last or not last_only) and same(mine, theirs)), None)
        if rule is None:
            return Comparison(False, None, output_diff(given_lines, expected_lines))
        if rule not in used:
            used.append(rule)
    return Comparison(True, " and ".join(sorted(used, key=RULE_ORDER.index)), "")


def _same_value(given: str, expected: str) -> bool:
    value = _literal(expected)
    return value[0] == "literal" and _literal(given) == value


_EXCEPTION_LINE = re.compile(r"(?P<name>[A-Za-z_][\w.]*)(?P<rest>:.*)?", re.S)


def _exception_without_module(given: str, expected: str) -> bool:
    """`InvalidStateError: x` names `asyncio.exceptions.InvalidStateError: x`: the module is not the point."""
    mine, theirs = _EXCEPTION_LINE.fullmatch(collapse_spaces(given)), _EXCEPTION_LINE.fullmatch(collapse_spaces(expected))
    if mine is None or theirs is None or "." not in theirs["name"]:
        return False
    return theirs["name"].endswith("." + mine["name"]) and (mine["rest"] or "") == (theirs["rest"] or "")


def _hang_without_parentheses(given: str, expected: str) -> bool:
    return expected == HANGS and collapse_spaces(given).strip("()").rstrip(".").casefold() == "hangs forever"


# (name shown to the learner, test, whether it applies to the last line only)
LENIENT_RULES = (
    ("whitespace inside lines collapsed", lambda given, expected: collapse_spaces(given) == collapse_spaces(expected),
     False),
    ("lines compared as Python values", _same_value, False),
    ("an exception named without its module", _exception_without_module, True),
    ("(hangs forever) without its parentheses", _hang_without_parentheses, True),
)
RULE_ORDER = [name for name, _, _ in LENIENT_RULES]


def output_diff(given_lines: list[str], expected_lines: list[str]) -> str:
    import difflib

    return "\n".join(difflib.unified_diff(expected_lines, given_lines, "expected", "your answer", lineterm="", n=2))


def lcs_length(a: list, b: list) -> int:
    """The length of the longest common subsequence of two lists of lines (hashable items).

    The textbook table compares every line of one with every line of the other: a student's answer of two million
    lines against a key of twenty took the grader 44 s, and one of 16 MiB minutes. Here the table's columns are
    kept as the bits of one integer (the bit-parallel method of Allison and Dix, in Hyyrö's form): the shorter
    list's lines are bit positions, each line of the longer one updates every column at once with integer
    addition, and the work grows with the longer list's length times the shorter's in machine words. Bit i of `v`
    is 0 where the table's value steps up at row i; the zero bits left at the end are the length."""
    if len(a) > len(b):
        a, b = b, a
    matches: dict = {}   # a line of the shorter list -> the bits of its positions there
    for position, line in enumerate(a):
        matches[line] = matches.get(line, 0) | (1 << position)
    full = (1 << len(a)) - 1
    v = full
    for line in b:
        u = v & matches.get(line, 0)
        v = ((v + u) | (v - u)) & full
    return len(a) - v.bit_count()


