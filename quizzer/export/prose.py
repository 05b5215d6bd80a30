"""A shared bank's prose (prompts, options, their feedback, explanations) exported as Markdown that holds no HTML.

A bank writes Markdown, and Markdown lets raw HTML through. Moodle shows a question's text, options and feedback
as their author wrote them, without cleaning them (a question's author is trusted), so a shared bank whose prompt
held `<img src=x onerror=...>` or `<script>` ran its script in the browser of every student and teacher who
opened the question once the export was imported, and a link to `javascript:` ran it when clicked. quizzer's own
screens show such prose as text, and so does an export: outside a code span every `<` is written `&lt;` (which
Markdown shows as `<`: `<Task pending ...>` in a prompt now shows in Moodle, where it was taken for a tag and
shown as nothing), and a link or a link definition to anything but an http(s) address is written as text
(`\\]`, `\\[`). A code span (backticks on one line) is left as it is: Markdown shows its `<` as text itself.
Where this errs it errs towards text: a `<` in a code span across lines, or in a fenced block, shows as `&lt;`.
"""

from __future__ import annotations

import re

# A code span on one line: a run of backticks, not escaped, closed by a run of the same length.
_CODE_SPAN = re.compile(r"(?<![\\`])(`+)(?!`)(.+?)(?<!`)\1(?!`)")
# What stands in for a code span while the rest is rewritten (the private-use characters are taken out first).
_HOLE = re.compile("\ue000([0-9]+)\ue001")
# Where a link's target starts (`[text](` or `![alt](`, spaces allowed), and a link definition (`[id]: target`).
_INLINE_TARGET = re.compile(r"\][ \t]*\n?[ \t]*(\()[ \t]*\n?[ \t]*<?[ \t]*")
_DEFINITION = re.compile(r"^[ \t]*(\[)[^\]\n]*\]:[ \t]*\n?[ \t]*<?[ \t]*", re.M)
_WEB = re.compile(r"https?://", re.I)


def markdown_prose(text: str) -> str:
    """`text` (a bank's Markdown) with no HTML tag and no link to anything but a web page."""
    spans: list[str] = []

    def hole(match: re.Match) -> str:
        spans.append(match[0])
        return f"\ue000{len(spans) - 1}\ue001"

    text = re.sub("[\ue000\ue001]", "\ufffd", text)
    text = "\n".join(_CODE_SPAN.sub(hole, line) for line in text.split("\n"))
    # The bracket or parenthesis that makes a link is written as a character reference, which Markdown shows as
    # that character but never reads as a link (a backslash could be escaped by one before it).
    text = _INLINE_TARGET.sub(lambda match: _unless_web(text, match, "&#40;"), text)
    text = _DEFINITION.sub(lambda match: _unless_web(text, match, "&#91;"), text)
    text = text.replace("<", "&lt;")
    return _HOLE.sub(lambda match: spans[int(match[1])], text)


def _unless_web(text: str, match: re.Match, reference: str) -> str:
    """The link's text as it was when its target is a web page, else with its group 1 written as `reference`."""
    if _WEB.match(text, match.end()):
        return match[0]
    start = match.start(1) - match.start()
    return match[0][:start] + reference + match[0][start + 1:]
