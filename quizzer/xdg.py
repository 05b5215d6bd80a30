"""Where per-user files go, by the XDG Base Directory specification.

The spec says a variable that is unset, empty or holds a relative path is to be ignored, and the
default under the home folder used instead: a relative path would name a different folder in every
working directory.
"""

from __future__ import annotations

import os
from pathlib import Path

DEFAULTS = {"XDG_DATA_HOME": (".local", "share"), "XDG_CACHE_HOME": (".cache",)}


def base_directory(variable: str) -> Path:
    """`$XDG_DATA_HOME` or `$XDG_CACHE_HOME` when it is an absolute path, else its default under `~`."""
    value = os.environ.get(variable, "")
    if os.path.isabs(value):
        return Path(value)
    return Path(os.path.expanduser("~"), *DEFAULTS[variable])
