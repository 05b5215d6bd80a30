"""Tracing records a run without changing it: the recorder is an instrument of the loop's one
iteration (see loop.Instrument), not a second copy of it.

Every program of the differential corpus runs through the sandbox with and without tracing; stdout,
exit status and outcome must be identical.  The runs are batched through ``run_many``.
"""

from pathlib import Path

import pytest

from quizzer.sandbox import run_many
from quizzer.tinyloop import trace

from . import assert_same_output, run_tiny_in_process

CORPUS = Path(__file__).parent.parent / "differential"
PROGRAMS = sorted(CORPUS.glob("programs/*.py")) + sorted(CORPUS.glob("hangs/*.py"))
RERUNS = 3   # fresh runs of a program whose traced and untraced runs differed

# A task spinning on sleep(0) while a timer is due: only the busy-time accounting of the loop's
# iteration lets the timer fire (see clock.py).  The trace recorder once had its own copy of the
# iteration without it, and the timer never fired when traced.
SPIN = """
    import asyncio

    async def main():
        fired = False

        def timer():
            nonlocal fired
            fired = True

        asyncio.get_running_loop().call_later(0.01, timer)
        for _ in range(100_000):
            if fired:
                print("timer fired")
                return
            await asyncio.sleep(0)
        print("timer never fired")

    asyncio.run(main())
"""


@pytest.fixture(params=["untraced", "traced"])
def tracing_on_and_off(request):
    if request.param == "traced":
        trace.enable()
    try:
        yield
    finally:
        trace.disable()


def test_a_spinning_task_lets_a_timer_fire_with_and_without_tracing(tracing_on_and_off):
    assert run_tiny_in_process(SPIN) == "timer fired\n"


def test_the_spinning_task_behaves_as_on_asyncio():
    # On the wall clock: a fast-forwarded clock only moves while the loop is idle, and this loop never is.
    assert assert_same_output(SPIN, oracle="asyncio").stdout == "timer fired\n"


def test_every_corpus_program_prints_the_same_traced_and_untraced():
    assert len(PROGRAMS) > 500
    sources = [path.read_text(encoding="utf-8") for path in PROGRAMS]
    options = {"loop": "tiny", "timeout": 20.0}
    plain = run_many(sources, **options)
    traced = run_many(sources, trace=True, **options)
    # The `time` module's clocks follow the real clock too (plus the waits the loop skips): on a loaded machine a
    # program that prints a measured duration may print another one. A difference must survive fresh runs.
    for _ in range(RERUNS):
        differing = [i for i, (a, b) in enumerate(zip(plain, traced)) if printed(a) != printed(b)]
        for i, a, b in zip(differing, run_many([sources[i] for i in differing], **options),
                           run_many([sources[i] for i in differing], trace=True, **options)):
            plain[i], traced[i] = a, b
    differences = [
        f"{path.name}: {printed(a)!r} untraced, {printed(b)!r} traced"
        for path, a, b in zip(PROGRAMS, plain, traced) if printed(a) != printed(b)]
    assert differences == []
    # The traced runs did record (a few programs never start a loop).
    assert sum(1 for run in traced if run.trace) > len(PROGRAMS) - 10
    assert all(run.trace is None for run in plain)


def printed(run):
    return run.stdout, run.exit_code, run.outcome
