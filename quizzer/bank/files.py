"""Reading a file someone else gave: a regular file, read only up to a size that its kind of file never needs.

A shared bank and a student's submission are others' files, and so is where a link among them leads. A link to
`/dev/zero` or to a named pipe would fill memory or wait for ever, and a file of gigabytes (a git repository
stores one of zeros in a few megabytes) would be read whole, then decoded into a text four times its size. So
the file must be a regular one, checked before opening (opening some devices does something) and again once open,
without waiting for a named pipe's writer, in case it was swapped; and what is read stops one byte past the limit.
"""

from __future__ import annotations

import os
import stat
from pathlib import Path


class NotRead(Exception):
    """A file that is not read at all, with the reason (one line)."""


def read_bounded(path: Path, limit: int, what: str) -> bytes:
    """The bytes of `path`, a regular file of at most `limit` bytes; NotRead otherwise (`what` names the kind
    of file the reason says it is not: "a bank file"). OSError when it cannot be opened."""
    not_regular = NotRead("not a regular file (a device, a named pipe or a socket): not read")
    if not stat.S_ISREG(os.stat(path).st_mode):
        raise not_regular
    with open(os.open(path, os.O_RDONLY | os.O_NONBLOCK), "rb") as file:
        if not stat.S_ISREG(os.fstat(file.fileno()).st_mode):
            raise not_regular
        data = file.read(limit + 1)
    if len(data) > limit:
        raise NotRead(f"larger than {limit >> 20} MiB: not {what}")
    return data
