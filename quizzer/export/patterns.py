"""A short answer's `pattern` for Moodle's regexp question type, as PCRE.

Moodle's regexp type (the qtype_regexp plugin) wants a plain right answer first (it is what students
are shown as the answer: `quizzer.bank.examples.shown_answer`), then regular expressions, each matched
as `/^...$/ui` by PHP.
"""

from __future__ import annotations

import re


def to_pcre(pattern: str) -> str:
    """The pattern as qtype_regexp's `/^...$/` needs it: grouped (so `a|b` stays anchored at both ends),
    with `/` escaped (PHP's delimiter)."""
    return "(?:" + re.sub(r"(?<!\\)/", r"\\/", pattern) + ")"


def literal_pcre(text: str) -> str:
    """A regular expression matching exactly `text`, for the same `/^...$/`."""
    return re.escape(text).replace("/", "\\/")
