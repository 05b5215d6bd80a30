"""The answer a student is shown for a short question: its `example`, its first `accept`, or one made
from its `pattern`.

A key given only as a regular expression means nothing to a student (`(matching /@?types\\.coroutine/)`),
so what is shown is an answer the question accepts. When the bank gives none, one is made: the
shortest text the pattern matches, found by walking the pattern's parse tree, and kept only if the
pattern really matches it (in full, any case, as grading does). The pattern itself is for authors.
None is made longer than `EXAMPLE_LIMIT` characters: `a{2000000000}` is a valid pattern of a shared bank.
"""

from __future__ import annotations

import re._parser as sre  # the parser `re` itself uses; the public sre_parse alias is deprecated

from quizzer.bank.answer_patterns import PatternTooSlow, full_match
from quizzer.bank.model import Question

# Longer than any answer a student would type: such a pattern shows no example.
EXAMPLE_LIMIT = 200

_CATEGORY_EXAMPLES = {
    sre.CATEGORY_DIGIT: "0", sre.CATEGORY_NOT_DIGIT: "a", sre.CATEGORY_WORD: "a", sre.CATEGORY_NOT_WORD: "-",
    sre.CATEGORY_SPACE: " ", sre.CATEGORY_NOT_SPACE: "a",
}
_CANDIDATES = "abcdefghijklmnopqrstuvwxyz0123456789_-. "


class NoExample(Exception):
    """The pattern uses something the example maker does not follow (a look-around, a backreference), or its
    shortest match is longer than `EXAMPLE_LIMIT`."""


def shown_answer(question: Question) -> str | None:
    """The right answer to show for a short question, or None when the bank gives none and none can be made."""
    if question.example is not None:
        return question.example
    if question.accept:
        return question.accept[0]
    return example_of(question.pattern) if question.pattern else None


def example_of(pattern: str) -> str | None:
    """The shortest answer `pattern` accepts (as quizzer matches it: in full, any case), or None."""
    try:
        example = _shortest(sre.parse(pattern))
        return example if full_match(pattern, example) else None
    except (NoExample, PatternTooSlow, RecursionError):
        return None


def _shortest(parsed) -> str:
    example = "".join(_one(op, value) for op, value in parsed)
    _within_limit(len(example))
    return example


def _within_limit(length: int) -> None:
    if length > EXAMPLE_LIMIT:
        raise NoExample(f"longer than {EXAMPLE_LIMIT} characters")


def _one(op, value) -> str:
    if op is sre.LITERAL:
        return chr(value)
    if op in (sre.NOT_LITERAL, sre.ANY):
        return next(ch for ch in _CANDIDATES if op is sre.ANY or ord(ch) != value)
    if op is sre.IN:
        return _in_class(value)
    if op is sre.BRANCH:
        return min((_shortest(branch) for branch in value[1]), key=len)
    if op is sre.SUBPATTERN:
        return _shortest(value[-1])
    if op in (sre.MAX_REPEAT, sre.MIN_REPEAT, getattr(sre, "POSSESSIVE_REPEAT", None)):
        low, _, item = value
        unit = _shortest(item)
        _within_limit(len(unit) * low)  # before the text is made: `low` may be two billion
        return unit * low
    if op is sre.AT:
        return ""
    if op is sre.CATEGORY:
        return _CATEGORY_EXAMPLES[value]
    raise NoExample(str(op))


def _in_class(items) -> str:
    negated = any(op is sre.NEGATE for op, _ in items)
    if not negated:
        op, value = items[0]
        if op is sre.LITERAL:
            return chr(value)
        if op is sre.RANGE:
            return chr(value[0])
        if op is sre.CATEGORY:
            return _CATEGORY_EXAMPLES[value]
        raise NoExample(str(op))
    excluded = {chr(value) for op, value in items if op is sre.LITERAL}
    return next((ch for ch in _CANDIDATES if ch not in excluded), "")
