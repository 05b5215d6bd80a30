"""Finding the real Python interpreters of this machine, by version: the oracles of real asyncio.

tinyloop models the asyncio of 3.11, 3.12 and 3.13 on any interpreter; comparing it with *real* asyncio of a
version needs that version's interpreter. For version 3.Y the candidates are, in order:

1. interpreters named explicitly (`--python-exe PATH`);
2. every `python3.Y` on PATH (a pyenv shim may be on PATH and fail: each candidate is asked its version);
3. pyenv's installations: `$(pyenv root)/versions/3.Y.*/bin/python3.Y`, newest patch release first
   (`pyenv root` when pyenv is on PATH, else `$PYENV_ROOT`, else `~/.pyenv`).

The running interpreter counts as found for its own version. A candidate counts only if it runs and says it is
CPython 3.Y; the answer is remembered for the life of the process.
"""

from __future__ import annotations

import functools
import os
import re
import shutil
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

PROBE_TIMEOUT = 15.0
_PROBE = "import sys; print(sys.implementation.name, *sys.version_info[:3])"


@dataclass(frozen=True)
class Interpreter:
    executable: str
    version: tuple[int, int, int]

    @property
    def release(self) -> str:
        return ".".join(map(str, self.version))

    @property
    def minor(self) -> str:
        return f"{self.version[0]}.{self.version[1]}"


def parse_minor(version: str | tuple) -> tuple[int, int]:
    """"3.12" or (3, 12) -> (3, 12); ValueError for anything else."""
    if isinstance(version, str):
        match = re.fullmatch(r"(\d+)\.(\d+)", version.strip())
        if match is None:
            raise ValueError(f"not a Python version: {version!r} (expected e.g. 3.12)")
        return int(match[1]), int(match[2])
    return tuple(version)[:2]


@functools.cache
def probe(executable: str) -> Interpreter | None:
    """What `executable` is, or None if it does not run as a CPython interpreter."""
    try:
        completed = subprocess.run([executable, "-I", "-c", _PROBE], capture_output=True, text=True,
                                   timeout=PROBE_TIMEOUT, stdin=subprocess.DEVNULL)
    except (OSError, subprocess.SubprocessError):
        return None
    words = completed.stdout.split()
    if completed.returncode != 0 or len(words) != 4 or words[0] != "cpython":
        return None
    return Interpreter(executable, tuple(int(word) for word in words[1:]))


def running() -> Interpreter:
    return Interpreter(sys.executable, tuple(sys.version_info[:3]))


def pyenv_root() -> Path | None:
    if shutil.which("pyenv"):
        try:
            completed = subprocess.run(["pyenv", "root"], capture_output=True, text=True, timeout=PROBE_TIMEOUT,
                                       stdin=subprocess.DEVNULL)
            if completed.returncode == 0 and completed.stdout.strip():
                return Path(completed.stdout.strip())
        except (OSError, subprocess.SubprocessError):
            pass
    root = os.environ.get("PYENV_ROOT") or os.path.expanduser("~/.pyenv")
    return Path(root) if os.path.isdir(root) else None


def _release_key(path: Path) -> tuple:
    return tuple(int(part) if part.isdigit() else -1 for part in path.name.split("."))


def candidates(minor: tuple[int, int]) -> list[str]:
    """Where an interpreter of version `minor` might be besides the running one, most preferred first."""
    name = f"python{minor[0]}.{minor[1]}"
    found = []
    for directory in os.environ.get("PATH", "").split(os.pathsep):
        path = os.path.join(directory, name)
        if directory and os.access(path, os.X_OK):
            found.append(path)
    root = pyenv_root()
    if root is not None:
        installs = sorted((root / "versions").glob(f"{minor[0]}.{minor[1]}.*"), key=_release_key, reverse=True)
        found += [str(install / "bin" / name) for install in installs if re.fullmatch(r"[\d.]+", install.name)]
    return list(dict.fromkeys(found))


def find(version: str | tuple, explicit: tuple[str, ...] = ()) -> Interpreter | None:
    """An interpreter of `version` ("3.12") on this machine, or None."""
    minor = parse_minor(version)
    for executable in explicit:
        interpreter = probe(executable)
        if interpreter is not None and interpreter.version[:2] == minor:
            return interpreter
    if tuple(sys.version_info[:2]) == minor:
        return running()
    for executable in candidates(minor):
        interpreter = probe(executable)
        if interpreter is not None and interpreter.version[:2] == minor:
            return interpreter
    return None
