"""Writing a file so that readers see either the old content or the new, never half of it.

The text goes to a temporary file in the same folder, which then replaces the target in one
rename. Every output quizzer writes (gradebooks, packs, exports, traces, saved answers, cached
keys) goes through here.
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path


def atomic_write_text(path: Path, text: str) -> None:
    """Write a file so that readers see either the old content or the new, never half of it."""
    path = Path(path)
    fd, temporary = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        # mkstemp makes the file private (0600); give it the mode an ordinary write would have.
        os.fchmod(fd, 0o666 & ~_umask())
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as stream:
            stream.write(text)
        os.replace(temporary, path)
    except BaseException:
        try:
            os.unlink(temporary)
        except OSError:
            pass
        raise


_UMASK = None


def _umask() -> int:
    global _UMASK
    if _UMASK is None:
        _UMASK = os.umask(0o022)   # reading the umask means setting it: put the old one straight back
        os.umask(_UMASK)
    return _UMASK
