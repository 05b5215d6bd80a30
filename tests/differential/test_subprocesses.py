"""The subprocess corpus: programs that start child processes must print on tinyloop what they print on real asyncio.

A program may start processes only in the sandbox's jail (see `quizzer.tinyloop.io.subprocesses`), so here both
loops run through the sandbox, in the jail: for every supported version whose interpreter this machine has, real
asyncio on that interpreter, and tinyloop modelling that version on the same interpreter (the children, `python -c`
among them, are then the same). Stdout, exit status and (for exit status 1) the exception line must be equal.

Children run in real time, and so does tinyloop's clock while one is alive: the programs leave a few tenths of a
second between events that race, so that a loaded machine cannot reorder them, and a disagreement is run again
(twice, both loops) before it counts.
"""

from __future__ import annotations

import concurrent.futures as cf
import functools
from pathlib import Path

import pytest

from quizzer.sandbox import interpreters, jail_status, run_code
from quizzer.tinyloop.versions import SUPPORTED

from .test_differential import describe, same_behaviour

pytestmark = pytest.mark.differential

PROGRAMS = sorted((Path(__file__).parent / "subprocesses").glob("sub_*.py"))
VERSIONS = tuple(f"{major}.{minor}" for major, minor in SUPPORTED)
TIMEOUT = 20.0
RETRIES = 2
RUNS_AT_ONCE = 4  # children mostly sleep or wait: more runs than cores


@functools.cache
def interpreter(version: str) -> str | None:
    found = interpreters.find(version)
    return found.executable if found is not None else None


def run_pair(path: Path, version: str):
    source = path.read_text(encoding="utf-8")
    executable = interpreter(version)
    real = run_code(source, loop="asyncio", filename=str(path), timeout=TIMEOUT, interpreter=executable)
    tiny = run_code(source, loop="tiny", filename=str(path), timeout=TIMEOUT, interpreter=executable, python=version)
    return real, tiny


@functools.cache
def first_runs() -> dict:
    """Every program on every version present, started at the first test, a few at a time."""
    pool = cf.ThreadPoolExecutor(max_workers=RUNS_AT_ONCE, thread_name_prefix="subprocess-corpus")
    return {(path, version): pool.submit(run_pair, path, version)
            for version in VERSIONS if interpreter(version) is not None for path in PROGRAMS}


def test_the_corpus_is_there():
    assert len(PROGRAMS) >= 20


@pytest.mark.parametrize("version", VERSIONS)
@pytest.mark.parametrize("path", PROGRAMS, ids=[path.stem for path in PROGRAMS])
def test_program_matches_real_asyncio_in_the_jail(path, version):
    status = jail_status()
    if not status.active:
        pytest.skip(f"subprocesses run only in the jail, which this machine cannot build: {status.missing}")
    if interpreter(version) is None:
        pytest.skip(f"no Python {version} on this machine")
    real, tiny = first_runs()[(path, version)].result()
    for _ in range(RETRIES):
        if same_behaviour(real, tiny):
            break
        real, tiny = run_pair(path, version)
    assert real.outcome in ("ok", "error"), f"{path.name} on real asyncio {version}: {real.reason}\n{real.stderr}"
    assert same_behaviour(real, tiny), describe(path, real, tiny, f"{version}, in the jail")
