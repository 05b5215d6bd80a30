"""Differential tests on generated programs: tinyloop must print exactly what real asyncio prints.

`generator.generate(seed)` builds a random but deterministic, well-defined asyncio program (see its
docstring). Each one runs through the sandbox on tinyloop and on `asyncio-ff` (real asyncio's own Task,
Future and library code on a fast-forwarding virtual clock: an exact oracle for the scheduling order of these
programs, whose timers never share a deadline); stdout, exit status, outcome and exception line must be equal.
A few programs also run as `python FILE` on real asyncio with real sleeps, to check that asyncio-ff is a faithful
oracle: their timers are at least REAL_UNIT apart, so a run of real asyncio that the kernel kept waiting for a CPU
for less than half of that cannot be reordered by the machine's load. A disagreement is run again; it fails the
test unless every run was disturbed so (then the test is skipped, saying so).
"""

from __future__ import annotations

import concurrent.futures as cf
import difflib
import os

import pytest

from . import generator
from .realpython import RealPython

pytestmark = [pytest.mark.differential, pytest.mark.generated]


# Seeds that currently diverge, excluded until tinyloop is fixed (see the report that introduced them).
DIVERGENT: set[int] = set()
SEEDS = [seed for seed in range(200) if seed not in DIVERGENT]

# Run under real asyncio with unit=0.01 (10 ms per timer unit): seeds whose programs finish within ~1 s.
REAL_UNIT = 0.01
REAL_SEEDS = [2, 11, 12, 13, 20, 26, 58, 70, 77, 80]
REAL_RETRIES = 2   # a disagreement gets this many fresh runs of real asyncio
DISTURBED = REAL_UNIT / 2   # seconds a run of real asyncio may wait for a CPU before its timers could reorder
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


@pytest.fixture(scope="module")
def real_asyncio():
    zygote = RealPython("asyncio")
    yield zygote
    zygote.close()


@pytest.fixture(scope="module")
def fast_forwarded_at_real_unit():
    """seed -> asyncio-ff's run of the program generated with REAL_UNIT."""
    from quizzer.sandbox import run_many

    codes = [generator.generate(seed, unit=REAL_UNIT) for seed in REAL_SEEDS]
    return dict(zip(REAL_SEEDS, run_many(codes, loop="asyncio-ff", jobs=_jobs(), timeout=RUN_TIMEOUT)))


@pytest.mark.wall_clock
@pytest.mark.parametrize("seed", REAL_SEEDS)
def test_asyncio_ff_is_a_faithful_oracle(seed, real_asyncio, fast_forwarded_at_real_unit, tmp_path):
    code = generator.generate(seed, unit=REAL_UNIT)
    path = tmp_path / f"generated_{seed}.py"
    path.write_text(code, encoding="utf-8")
    ff = fast_forwarded_at_real_unit[seed]

    def same(real):
        return (real.exit_code == ff.exit_code and _untimed(real.stdout) == _untimed(ff.stdout)
                and (real.exit_code != 1 or _exception_line(real.stderr) == ff.exception))

    runs = [real_asyncio.run(path, RUN_TIMEOUT)]
    while not same(runs[-1]) and len(runs) <= REAL_RETRIES:
        runs.append(real_asyncio.run(path, RUN_TIMEOUT))
    real = runs[-1]
    if same(real):
        return
    if all(run.cpu_wait > DISTURBED for run in runs):
        waits = ", ".join(f"{run.cpu_wait * 1000:.1f}" for run in runs)
        pytest.skip(f"seed {seed}: real asyncio disagreed with asyncio-ff in {len(runs)} runs, and the kernel kept it "
                    f"waiting for a CPU in each ({waits} ms), long enough to reorder timers {REAL_UNIT} s apart")
    diff = "\n".join(difflib.unified_diff(_untimed(real.stdout), _untimed(ff.stdout), "python3", "asyncio-ff",
                                          lineterm=""))
    pytest.fail(f"seed {seed} (unit {REAL_UNIT}):\n{code}\npython3 exit {real.exit_code}, asyncio-ff exit "
                f"{ff.exit_code}\npython3 exception {_exception_line(real.stderr)!r}, asyncio-ff {ff.exception!r}\n"
                f"{diff}")
