"""Where the progress database lives: `--db`, else `$QUIZZER_DB`, else `$XDG_DATA_HOME/quizzer/progress.sqlite`."""

from __future__ import annotations

import os
from pathlib import Path

from quizzer.xdg import base_directory

FILE_NAME = "progress.sqlite"


def database_path(explicit: str | None = None) -> Path:
    if explicit:
        return Path(explicit)
    if os.environ.get("QUIZZER_DB"):
        return Path(os.environ["QUIZZER_DB"])
    return base_directory("XDG_DATA_HOME") / "quizzer" / FILE_NAME
