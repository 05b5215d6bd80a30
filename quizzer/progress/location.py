"""Where the progress database lives: `--db`, else `$QUIZZER_DB`, else `$XDG_DATA_HOME/quizzer/progress.sqlite`."""

from __future__ import annotations

import os
from pathlib import Path

FILE_NAME = "progress.sqlite"


def database_path(explicit: str | None = None) -> Path:
    if explicit:
        return Path(explicit)
    if os.environ.get("QUIZZER_DB"):
        return Path(os.environ["QUIZZER_DB"])
    # XDG: an empty or relative XDG_DATA_HOME is invalid and must be ignored.
    base = os.environ.get("XDG_DATA_HOME", "")
    if not os.path.isabs(base):
        base = os.path.join(os.path.expanduser("~"), ".local", "share")
    return Path(base) / "quizzer" / FILE_NAME
