"""Where the bundled bank is: inside the installed package, or at the top of a source checkout."""

from __future__ import annotations

from pathlib import Path

import quizzer


def default_bank_path() -> Path:
    package = Path(quizzer.__file__).resolve().parent
    installed = package / "question_bank"          # pip install . puts it here
    if installed.is_dir():
        return installed
    return package.parent / "question_bank"       # a source checkout or an editable install
