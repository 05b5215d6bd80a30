"""Differential tests: every program of the corpus must behave on tinyloop exactly as on CPython's asyncio.

- `programs/*.py`: run with real asyncio (`python FILE` in a plain subprocess) and with tinyloop through the
  sandbox (`quizzer.sandbox.run_code(source, loop="tiny")`); stdout and exit status must be equal, and for
  exit status 1 also the exception line (the last meaningful line of stderr).
- `hangs/*.py`: programs that never end under real asyncio. Real asyncio runs them with a short timeout and
  we keep what they printed before hanging; tinyloop must report a deadlock after printing the same lines.

The real-asyncio side of every selected test is started once per session, two programs at a time, in the
order the tests run, so the tinyloop side overlaps with it.
"""

from __future__ import annotations

import concurrent.futures as cf
import difflib
import os
import re
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest

HERE = Path(__file__).parent
PROGRAMS = sorted((HERE / "programs").glob("*.py"))
HANGS = sorted((HERE / "hangs").glob("*.py"))

REAL_TIMEOUT = 20.0   # a program of the corpus finishes in well under a second
HANG_TIMEOUT = 2.0    # how long real asyncio is given to print before we call it hung
TINY_TIMEOUT = 20.0
REAL_WORKERS = 2
# Real asyncio runs on the wall clock: on a loaded machine a timer ~10 ms away can overtake a chain of steps.
# When tinyloop disagrees, real asyncio gets this many more runs; the test passes only if one of them prints
# exactly what tinyloop printed (so tinyloop's answer is one real asyncio really gives).
REAL_RETRIES = 2


@dataclass(frozen=True)
class RealRun:
    stdout: str
    stderr: str
    exit_code: int | None   # None: killed by the timeout
    timed_out: bool


def _decode(data) -> str:
    if data is None:
        return ""
    if isinstance(data, bytes):
        return data.decode("utf-8", "replace")
    return data


def is_hang(path: Path) -> bool:
    return path.parent.name == "hangs"


def run_real(path: Path, timeout: float, cwd: Path) -> RealRun:
    """`python FILE` with real asyncio; on timeout, what the program printed so far.

    Programs of `hangs/` run unbuffered so that what they print before hanging reaches us; the others run
    exactly as `python FILE` would (stdout to a pipe is block-buffered: that matters for e.g. `os._exit`).
    """
    env = dict(os.environ, PYTHONIOENCODING="utf-8")
    env.pop("PYTHONUNBUFFERED", None)
    if is_hang(path):
        env["PYTHONUNBUFFERED"] = "1"
    try:
        proc = subprocess.run([sys.executable, str(path)], cwd=cwd, env=env, capture_output=True,
                              timeout=timeout, stdin=subprocess.DEVNULL)
    except subprocess.TimeoutExpired as exc:
        return RealRun(_decode(exc.stdout), _decode(exc.stderr), None, True)
    # A process killed by signal N is status 128+N to a shell, and to the sandbox (an uncaught Ctrl-C: 130).
    status = proc.returncode if proc.returncode >= 0 else 128 - proc.returncode
    return RealRun(_decode(proc.stdout), _decode(proc.stderr), status, False)


_BOX_LINE = re.compile(r"^[\s|+\-\d]*$")   # the frame lines of an ExceptionGroup traceback


def exception_line(stderr: str) -> str | None:
    """The last meaningful stderr line: "ValueError: boom", also inside an ExceptionGroup's box drawing."""
    for line in reversed(stderr.splitlines()):
        text = line.strip().lstrip("|").strip()
        if text and not _BOX_LINE.match(text):
            return text
    return None


def first_difference(expected: str, actual: str) -> str:
    exp, act = expected.splitlines(), actual.splitlines()
    for i, (e, a) in enumerate(zip(exp, act)):
        if e != a:
            return f"first difference at line {i + 1}: asyncio {e!r} vs tinyloop {a!r}"
    if len(exp) != len(act):
        i = min(len(exp), len(act))
        more, which = (exp, "asyncio") if len(exp) > len(act) else (act, "tinyloop")
        return f"first difference at line {i + 1}: only {which} prints {more[i]!r}"
    return "outputs differ only in trailing newline/whitespace"


def describe(path: Path, real: RealRun, tiny) -> str:
    diff = "\n".join(difflib.unified_diff(real.stdout.splitlines(), tiny.stdout.splitlines(),
                                          "asyncio", "tinyloop", lineterm=""))
    what = first_difference(real.stdout, tiny.stdout) if real.stdout != tiny.stdout else "stdout equal"
    return (f"{path.name}: {what}\n"
            f"asyncio exit {real.exit_code} / tinyloop exit {tiny.exit_code} "
            f"(outcome {tiny.outcome!r}, reason {tiny.reason!r})\n"
            f"asyncio exception line: {exception_line(real.stderr)!r}\n"
            f"tinyloop exception line: {exception_line(tiny.stderr)!r}\n"
            f"--- stdout diff ---\n{diff}\n"
            f"--- tinyloop stderr (tail) ---\n{tiny.stderr[-2000:]}")


def run_tiny(path: Path):
    # Imported here, not at module level: until the sandbox exists every test fails with ImportError
    # (rather than being skipped, or breaking the collection of the whole suite).
    from quizzer.sandbox import run_code
    return run_code(path.read_text(encoding="utf-8"), loop="tiny", filename=str(path), timeout=TINY_TIMEOUT)


@pytest.fixture(scope="session")
def real_runs(request, tmp_path_factory):
    """path -> Future[RealRun], for the programs of the tests selected in this session, in run order."""
    cwd = tmp_path_factory.mktemp("real-asyncio")
    wanted: list[Path] = []
    for item in request.session.items:
        callspec = getattr(item, "callspec", None)
        path = callspec.params.get("path") if callspec else None
        if isinstance(path, Path) and path.parent.parent == HERE and path not in wanted:
            wanted.append(path)
    pool = cf.ThreadPoolExecutor(max_workers=REAL_WORKERS, thread_name_prefix="real-asyncio")
    futures = {}
    for path in wanted:
        timeout = HANG_TIMEOUT if is_hang(path) else REAL_TIMEOUT
        futures[path] = pool.submit(run_real, path, timeout, cwd)
    yield futures
    pool.shutdown(wait=True, cancel_futures=True)


def same_behaviour(real: RealRun, tiny) -> bool:
    if tiny.stdout != real.stdout or tiny.exit_code != real.exit_code:
        return False
    return real.exit_code != 1 or exception_line(tiny.stderr) == exception_line(real.stderr)


def rerun_matches(path: Path, tiny, cwd: Path) -> bool:
    for _ in range(REAL_RETRIES):
        again = run_real(path, REAL_TIMEOUT, cwd)
        if not again.timed_out and same_behaviour(again, tiny):
            return True
    return False


def real_result(real_runs, path: Path) -> RealRun:
    fut = real_runs.get(path)
    if fut is None:   # not announced in session.items (e.g. run through an unusual plugin)
        cwd = path.parent
        return run_real(path, HANG_TIMEOUT if is_hang(path) else REAL_TIMEOUT, cwd)
    return fut.result()


def test_corpus_is_complete():
    assert len(PROGRAMS) >= 140
    assert len(HANGS) >= 8
    names = re.compile(r"^(core|library|io|app|hang)_\d{3}_[a-z0-9_]+$")
    assert [p.stem for p in PROGRAMS + HANGS if not names.match(p.stem)] == []


@pytest.mark.parametrize("path", PROGRAMS, ids=[p.stem for p in PROGRAMS])
def test_program(path: Path, real_runs, tmp_path):
    real = real_result(real_runs, path)
    assert not real.timed_out, f"{path.name} did not finish under real asyncio:\n{real.stdout}{real.stderr}"
    tiny = run_tiny(path)
    if not same_behaviour(real, tiny) and rerun_matches(path, tiny, tmp_path):
        return   # the first real run was perturbed by wall-clock jitter
    assert tiny.stdout == real.stdout, describe(path, real, tiny)
    assert tiny.exit_code == real.exit_code, describe(path, real, tiny)
    if real.exit_code == 1:
        assert exception_line(tiny.stderr) == exception_line(real.stderr), describe(path, real, tiny)


@pytest.mark.parametrize("path", HANGS, ids=[p.stem for p in HANGS])
def test_hang(path: Path, real_runs, tmp_path):
    real = real_result(real_runs, path)
    assert real.timed_out, (f"{path.name} was expected to hang under real asyncio but exited "
                            f"{real.exit_code}:\n{real.stdout}{real.stderr}")
    tiny = run_tiny(path)
    assert tiny.outcome == "deadlock", describe(path, real, tiny)
    if tiny.stdout != real.stdout:
        # a slow start on a loaded machine may have cut real asyncio short: give it longer, once
        real = run_real(path, HANG_TIMEOUT * 3, tmp_path)
    assert tiny.stdout == real.stdout, describe(path, real, tiny)
