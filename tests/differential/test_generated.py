"""Differential tests on generated programs: tinyloop must print exactly what real asyncio prints.

`generator.generate(seed)` builds a random but deterministic, well-defined asyncio program (see its
docstring). Each one runs through the sandbox on tinyloop and on `asyncio-ff` (real asyncio's own Task,
Future and library code on a fast-forwarding virtual clock: an exact oracle for the scheduling order of these
programs, whose timers never share a deadline); stdout, exit status, outcome and exception line must be equal.
A few programs also run under plain `python3` with real sleeps, to check that asyncio-ff is a faithful oracle.
"""

from __future__ import annotations

import concurrent.futures as cf
import difflib
import importlib.util
import os
import subprocess
import sys
from pathlib import Path

import pytest

HERE = Path(__file__).parent
_spec = importlib.util.spec_from_file_location("quizzer_differential_generator", HERE / "generator.py")
generator = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(generator)

# Seeds that currently diverge, excluded until tinyloop is fixed (see the report that introduced them).
DIVERGENT: set[int] = set()
SEEDS = [seed for seed in range(200) if seed not in DIVERGENT]

# Run under real asyncio with unit=0.01 (10 ms per timer unit): seeds whose programs finish within ~1 s.
REAL_UNIT = 0.01
REAL_SEEDS = [2, 11, 12, 13, 20, 26, 58, 70, 77, 80]
REAL_RETRIES = 2   # the wall clock may be perturbed on a loaded machine: a mismatch gets this many reruns
RUN_TIMEOUT = 20.0


def _jobs() -> int:
    return max(2, os.cpu_count() or 1)


@pytest.fixture(scope="module")
def results():
    """seed -> (program, tinyloop RunResult, asyncio-ff RunResult), both loops run in parallel."""
    from quizzer.sandbox import run_many

    codes = [generator.generate(seed) for seed in SEEDS]
    with cf.ThreadPoolExecutor(2) as pool:
        tiny = pool.submit(run_many, codes, loop="tiny", jobs=_jobs(), timeout=RUN_TIMEOUT)
        ff = pool.submit(run_many, codes, loop="asyncio-ff", jobs=_jobs(), timeout=RUN_TIMEOUT)
        tiny, ff = tiny.result(), ff.result()
    return {seed: (code, t, f) for seed, code, t, f in zip(SEEDS, codes, tiny, ff)}


def _key(result):
    return result.stdout, result.exit_code, result.outcome, result.exception


def describe(seed: int, code: str, asyncio_result, tiny) -> str:
    diff = "\n".join(difflib.unified_diff(asyncio_result.stdout.splitlines(), tiny.stdout.splitlines(),
                                          "asyncio-ff", "tinyloop", lineterm=""))
    return (f"generated program, seed {seed} (python tests/differential/generator.py {seed}):\n"
            f"{code}\n"
            f"asyncio-ff: exit {asyncio_result.exit_code}, outcome {asyncio_result.outcome!r}, "
            f"exception {asyncio_result.exception!r}\n"
            f"tinyloop:   exit {tiny.exit_code}, outcome {tiny.outcome!r}, exception {tiny.exception!r}, "
            f"reason {tiny.reason!r}\n"
            f"--- stdout diff ---\n{diff}\n"
            f"--- tinyloop stderr (tail) ---\n{tiny.stderr[-2000:]}")


def test_generation_is_deterministic():
    for seed in (0, 1, 7, 123, 99999):
        assert generator.generate(seed) == generator.generate(seed)
    assert generator.generate(1) != generator.generate(2)


def test_generated_programs_are_short_and_compile():
    for seed in SEEDS:
        code = generator.generate(seed)
        assert code.count("\n") <= 60, seed
        compile(code, f"<seed {seed}>", "exec")


@pytest.mark.parametrize("seed", SEEDS)
def test_generated_program(seed: int, results):
    code, tiny, ff = results[seed]
    # valid by construction: it finishes, unless it deliberately hangs
    # (a worker that hangs may be cancelled by another)
    expected = ("ok", "error", "deadlock") if "log('hang')" in code else ("ok", "error")
    assert ff.outcome in expected, describe(seed, code, ff, tiny)
    assert _key(tiny) == _key(ff), describe(seed, code, ff, tiny)


# ---- asyncio-ff against real asyncio (real sleeps) ----

def _untimed(stdout: str) -> list[str]:
    """The lines without their first column (loop.time(): virtual on asyncio-ff, monotonic under python3)."""
    return [line.split(" ", 1)[1] if " " in line else line for line in stdout.splitlines()]


def _exception_line(stderr: str) -> str | None:
    lines = [line.strip() for line in stderr.splitlines() if line.strip()]
    return lines[-1] if lines else None


def _run_real(path: Path):
    env = dict(os.environ, PYTHONIOENCODING="utf-8", PYTHONHASHSEED="0")
    proc = subprocess.run([sys.executable, str(path)], capture_output=True, text=True, env=env,
                          timeout=RUN_TIMEOUT, stdin=subprocess.DEVNULL, cwd=path.parent)
    return proc.returncode, proc.stdout, proc.stderr


def test_asyncio_ff_is_a_faithful_oracle(tmp_path):
    from quizzer.sandbox import run_many

    codes = [generator.generate(seed, unit=REAL_UNIT) for seed in REAL_SEEDS]
    paths = []
    for seed, code in zip(REAL_SEEDS, codes):
        path = tmp_path / f"generated_{seed}.py"
        path.write_text(code, encoding="utf-8")
        paths.append(path)
    with cf.ThreadPoolExecutor(2) as pool:
        real = list(pool.map(_run_real, paths))
    ff = run_many(codes, loop="asyncio-ff", jobs=_jobs(), timeout=RUN_TIMEOUT)
    for seed, path, code, (status, stdout, stderr), f in zip(REAL_SEEDS, paths, codes, real, ff):
        def same(status, stdout, stderr):
            return (status == f.exit_code and _untimed(stdout) == _untimed(f.stdout)
                    and (status != 1 or _exception_line(stderr) == f.exception))
        attempts = 0
        while not same(status, stdout, stderr) and attempts < REAL_RETRIES:
            attempts += 1
            status, stdout, stderr = _run_real(path)
        diff = "\n".join(difflib.unified_diff(_untimed(stdout), _untimed(f.stdout), "python3", "asyncio-ff",
                                              lineterm=""))
        assert same(status, stdout, stderr), (
            f"seed {seed} (unit {REAL_UNIT}):\n{code}\npython3 exit {status}, asyncio-ff exit {f.exit_code}\n"
            f"python3 exception {_exception_line(stderr)!r}, asyncio-ff {f.exception!r}\n{diff}")
