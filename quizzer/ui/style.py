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
