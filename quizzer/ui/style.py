"""Terminal colour: on for a terminal, off for pipes and whenever NO_COLOR is set (https://no-color.org)."""

from __future__ import annotations

import os
import sys

import click


def color_enabled(stream=None) -> bool:
    if os.environ.get("NO_COLOR"):
        return False
    stream = stream or sys.stdout
    return hasattr(stream, "isatty") and stream.isatty()


def styler(stream=None):
    """A function like click.style that does nothing when colour is off."""
    if not color_enabled(stream):
        return lambda text, **_style: text
    return click.style


# A unified diff's lines by their first characters, coloured as `git diff` does (headers before `-`/`+`).
DIFF_STYLES = (("---", {"bold": True}), ("+++", {"bold": True}), ("@@", {"fg": "cyan"}),
               ("-", {"fg": "red"}), ("+", {"fg": "green"}))


def styled_diff(diff: str, style) -> str:
    """A unified diff with its removed lines red, added lines green and hunk headers cyan."""
    def styled(line: str) -> str:
        for start, how in DIFF_STYLES:
            if line.startswith(start):
                return style(line, **how)
        return line

    return "\n".join(styled(line) for line in diff.split("\n"))
