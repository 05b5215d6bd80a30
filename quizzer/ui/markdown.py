"""Others' text in Markdown, read as the text it is: in a code block, or in a line of prose.

Code blocks: a fence longer than every run of backticks in the text.

A fenced block ends at the first line of three or more backticks (CommonMark, GitHub, Moodle's
Markdown), so text holding such a line, a student's answer or what a shared bank's program prints,
ended the block there, and what followed was read as Markdown: headings, links, raw HTML. A fence of
more backticks than the text ever has in a row cannot be closed by it.

Prose: a student's name in a heading. It is made one line (`printable`: a line break in a name started a
heading of its own, `## 1. tasks-order (correct, 1 / 1)`), and the characters that start markup (`<` raw HTML,
`[` a link, `*` and `_` emphasis, a backtick code) are escaped with a backslash, which Markdown shows as the
character itself.
"""

from __future__ import annotations

import re

from quizzer.ui.printable import printable


def fenced(text: str, info: str = "") -> str:
    """`text` as one Markdown code block (`info`: its language, `python`, `diff`), with no line after it."""
    longest = max((len(run) for run in re.findall(r"`+", text)), default=0)
    fence = "`" * max(3, longest + 1)
    return f"{fence}{info}\n{text}\n{fence}"


def plain(text: str) -> str:
    """`text` as one line of Markdown prose that shows exactly it: no markup, no HTML, no line break."""
    return re.sub(r"([\\`*_\[\]<>&!])", r"\\\1", printable(text))
