"""Writing a file so that readers see either the old content or the new, never half of it.

The text goes to a temporary file in the same folder, which then replaces the target in one
rename. Every output quizzer writes (gradebooks, packs, exports, traces, saved answers, cached
keys) goes through here.

A rename alone is atomic for readers but not across a power cut: the file system may commit the
rename before the data, leaving an empty file where the old one was. So the data is flushed to
disk (`fsync`) before the rename, and the folder after it, so that the rename itself is on disk
when the call returns.
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path


def atomic_write_text(path: Path, text: str, *, durable: bool = True) -> None:
    """Write a file so that readers see either the old content or the new, never half of it.

    `durable=False` skips the two fsyncs, for files that can be recomputed (the answer-key cache):
    after a power cut such a file may be empty, never half-written, and is then simply rebuilt.

    Text that is not Unicode, a lone surrogate (which Python strings and JSON's `\\ud800` escape allow: a
    student's exception message, a name in a JSON submission), is written as its escape, `\\ud800`; in a JSON
    file that is the same string again.
    """
    atomic_write_bytes(path, text.encode("utf-8", "backslashreplace"), durable=durable)


def atomic_write_bytes(path: Path, data: bytes, *, durable: bool = True) -> None:
    """`atomic_write_text` for bytes (a zip, a wheel)."""
    path = Path(path)
    fd, temporary = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        # mkstemp makes the file private (0600); give it the mode an ordinary write would have.
        os.fchmod(fd, 0o666 & ~_umask())
        with os.fdopen(fd, "wb") as stream:
            stream.write(data)
            if durable:
                stream.flush()
                os.fsync(stream.fileno())
        os.replace(temporary, path)
    except BaseException:
        try:
            os.unlink(temporary)
        except OSError:
            pass
        raise
    if durable:
        _fsync_folder(path.parent)


def _fsync_folder(folder: Path) -> None:
    """Put the folder's entry for the renamed file on disk (POSIX; Windows cannot open a folder)."""
    try:
        fd = os.open(folder, os.O_RDONLY | getattr(os, "O_DIRECTORY", 0))
    except OSError:
        return
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


_UMASK = None


def _umask() -> int:
    global _UMASK
    if _UMASK is None:
        _UMASK = os.umask(0o022)   # reading the umask means setting it: put the old one straight back
        os.umask(_UMASK)
    return _UMASK
