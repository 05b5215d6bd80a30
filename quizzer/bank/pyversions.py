"""Which Python versions a question is for: the bank's `python` field, a version specifier.

asyncio changes between Python releases (see `quizzer/tinyloop/versions.py`), so a question may be true of
some versions only: `python: ">=3.12"` says it is for 3.12 and later. A specifier is one or more clauses
separated by commas, each an operator (`==`, `!=`, `>=`, `<=`, `>`, `<`; none means `==`) and a version
`3.Y`; a version is selected when it satisfies every clause. A question without `python` is for every
supported version.
"""

from __future__ import annotations

import re

# The versions quizzer models: those of tinyloop's versions.SUPPORTED (a test keeps the two equal; the bank
# sits below the loop and does not import it).
SUPPORTED = ("3.11", "3.12", "3.13")

_OPERATORS = {
    "==": lambda a, b: a == b, "!=": lambda a, b: a != b, ">=": lambda a, b: a >= b,
    "<=": lambda a, b: a <= b, ">": lambda a, b: a > b, "<": lambda a, b: a < b,
}
_CLAUSE = re.compile(r"\s*(==|!=|>=|<=|>|<)?\s*(\d+)\.(\d+)\s*")
# The same grammar for the JSON Schema.
SPECIFIER_PATTERN = r"^\s*(==|!=|>=|<=|>|<)?\s*\d+\.\d+\s*(,\s*(==|!=|>=|<=|>|<)?\s*\d+\.\d+\s*)*$"


def as_tuple(version: str) -> tuple[int, int]:
    major, minor = version.split(".")
    return int(major), int(minor)


def clauses(specifier: str) -> list[tuple[str, tuple[int, int]]]:
    """`>=3.12,<3.14` -> [(">=", (3, 12)), ("<", (3, 14))]; ValueError saying what is wrong."""
    found = []
    for clause in specifier.split(","):
        match = _CLAUSE.fullmatch(clause)
        if match is None:
            raise ValueError(f"{clause.strip()!r} is not a version clause such as >=3.12 or ==3.13")
        found.append((match[1] or "==", (int(match[2]), int(match[3]))))
    return found


def selected(specifier: str | None, versions=SUPPORTED) -> tuple[str, ...]:
    """The versions of `versions` the specifier selects (all of them for None)."""
    if specifier is None:
        return tuple(versions)
    rules = clauses(specifier)
    return tuple(v for v in versions if all(_OPERATORS[op](as_tuple(v), bound) for op, bound in rules))


def describe(versions) -> str:
    """`3.12 and 3.13`, `3.11`: versions in words, for messages and labels."""
    versions = list(versions)
    if len(versions) <= 1:
        return "".join(versions)
    return f"{', '.join(versions[:-1])} and {versions[-1]}"
