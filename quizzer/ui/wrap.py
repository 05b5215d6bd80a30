"""Prose wrapped to the terminal's width, code never.

Bank texts hold one logical line per line (a sentence, a list item); `prose()` wraps each to the
width, list items with a hanging indent. Lines indented by four spaces or a tab and fenced
(```) blocks are code: they keep their lines whatever the width. Words are never broken, so a
long identifier overflows rather than being cut.
"""

from __future__ import annotations

import os
import re
import shutil
import sys
import textwrap

NARROWEST = 20  # below this, wrapping helps nobody: a tiny COLUMNS is taken as this

_LIST_ITEM = re.compile(r"(\s*)([-*]|\d+[.)]|[a-z]\))\s+")


def terminal_width() -> int:
    """$COLUMNS, else the real width of the terminal on stdout or stderr, else 80."""
    columns = shutil.get_terminal_size((0, 0)).columns  # $COLUMNS, else stdout's terminal
    for stream in (sys.stderr,) if not columns else ():
        try:
            columns = os.get_terminal_size(stream.fileno()).columns
        except (AttributeError, ValueError, OSError):
            pass
    return max(NARROWEST, columns or 80)


def prose(text: str, width: int | None = None) -> str:
    width = width or terminal_width()
    lines, fenced = [], False
    for line in text.split("\n"):
        if line.lstrip().startswith("```"):
            fenced = not fenced
            lines.append(line)
        elif fenced or line.startswith(("    ", "\t")) or not line.strip():
            lines.append(line)
        else:
            item = _LIST_ITEM.match(line)
            hanging = " " * (item.end() if item else len(line) - len(line.lstrip()))
            lines.extend(textwrap.wrap(line, width, subsequent_indent=hanging, break_long_words=False,
                                       break_on_hyphens=False))
    return "\n".join(lines)


def labelled(label: str, text: str, style, width: int | None = None, **label_style) -> str:
    """`label text...` wrapped as prose, the label styled afterwards (so colour codes take no room)."""
    wrapped = prose(f"{label} {text}", width)
    return style(label, **label_style) + wrapped[len(label):]
