"""The answer-key cache: a folder of computed answers, keyed by everything that can change them.

The cache key hashes the program, the loop it runs on, the source of every file that shapes the
answer on that loop, the Python release and, on the reference loop, the Python version it models, so
editing the loop, moving to another Python or modelling another version recomputes the keys. A corrupt or unwritable cache is bypassed with a warning, never an error.
"""

from __future__ import annotations

import functools
import hashlib
import json
import sys
from dataclasses import dataclass, field
from pathlib import Path

from quizzer.atomic import atomic_write_text
from quizzer.xdg import base_directory


@dataclass
class KeyCache:
    """A folder of `<sha256>.json` files; with `directory=None`, nothing on disk: the entries are remembered by
    this object only, so one command (`--no-cache`) still computes each answer once, and a fresh `KeyCache(None)`
    is how a caller computes answers again."""

    directory: Path | None
    warn: object = None  # callable(str) for warnings; default prints to stderr
    remembered: dict = field(default_factory=dict, repr=False)

    def _warn(self, message: str) -> None:
        (self.warn or (lambda text: print(f"warning: {text}", file=sys.stderr)))(message)

    def get(self, key: str) -> dict | None:
        if self.directory is None:
            return self.remembered.get(key)
        path = self.directory / f"{key}.json"
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            return None
        except NotADirectoryError:
            self._warn(f"the answer cache {self.directory} is not a folder; continuing without it")
            self.directory = None
            return None
        except (OSError, ValueError) as error:
            self._warn(f"ignoring unreadable cache entry {path}: {error}")
            return None
        if not isinstance(data, dict) or data.get("key") != key or not isinstance(data.get("answer"), str):
            self._warn(f"ignoring corrupt cache entry {path}")
            return None
        return data

    def put(self, key: str, data: dict) -> None:
        if self.directory is None:
            self.remembered[key] = {"key": key, **data}
            return
        try:
            self.directory.mkdir(parents=True, exist_ok=True)
            # Not fsynced: an entry lost to a power cut is computed again, and a bank check writes hundreds.
            atomic_write_text(self.directory / f"{key}.json", json.dumps({"key": key, **data}, sort_keys=True),
                              durable=False)
        except OSError as error:
            self._warn(f"cannot write to the answer cache {self.directory} ({error.strerror or error}); "
                       "continuing without it")
            self.directory = None


def default_cache_dir() -> Path:
    return base_directory("XDG_CACHE_HOME") / "quizzer" / "answer-keys"


def make_cache(cache_dir=None, enabled: bool = True, warn=None) -> KeyCache:
    return KeyCache(Path(cache_dir) if cache_dir else default_cache_dir() if enabled else None, warn) \
        if enabled else KeyCache(None, warn)


# The sources that decide what a program prints in the sandbox, on every loop, relative to the
# quizzer package: the reference loop (whose virtual `time` module the asyncio loops install too),
# the sandbox's child side and its fast-forwarding asyncio loop, and the conventions that turn a run
# into an answer text. Folders are read recursively.
ANSWER_SHAPING_SOURCES = ("tinyloop", "sandbox", "answers/keys.py")

PACKAGE_ROOT = Path(__file__).resolve().parent.parent


def source_digest(package_root: Path) -> str:
    """A digest of the answer-shaping sources under `package_root`: names and contents of every `.py` file."""
    digest = hashlib.sha256()
    for entry in ANSWER_SHAPING_SOURCES:
        path = package_root / entry
        files = sorted(path.rglob("*.py")) if path.is_dir() else [path]
        for file in files:
            digest.update(file.relative_to(package_root).as_posix().encode() + b"\0")
            digest.update(hashlib.sha256(file.read_bytes()).digest())
    return digest.hexdigest()


@functools.cache
def installed_source_digest() -> str:
    return source_digest(PACKAGE_ROOT)


def python_version() -> str:
    """The interpreter that runs the programs: asyncio itself changes between releases."""
    return f"{sys.implementation.name} {'.'.join(map(str, sys.version_info[:3]))}"


def cache_key(code: str, loop: str = "tiny", *, sources: str | None = None, python: str | None = None,
              release: str | None = None) -> str:
    """The key of `code`'s answer on `loop`; `sources` is a `source_digest` (the installed package's by default);
    `python` ("3.12") the version the reference loop models, part of the key on that loop; `release`
    ("cpython 3.12.1") the interpreter the program runs on when it is not the running one (real asyncio of
    another version)."""
    parts = [code, loop, sources if sources is not None else installed_source_digest(), release or python_version()]
    if loop == "tiny":
        parts.append(f"models {python or modelled_by_default()}")
    return hashlib.sha256("\0".join(parts).encode()).hexdigest()


def modelled_by_default() -> str:
    """The version the reference loop models when none is named: the running interpreter's."""
    from quizzer.tinyloop.versions import host_version

    return "%d.%d" % host_version()
