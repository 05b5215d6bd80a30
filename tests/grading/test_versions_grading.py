"""A write answer is run on the reference loop modelling the version it is graded for: 3.13's idioms pass on
3.13, and an API outside the loop's subset is re-run on real asyncio of that version where this machine has it."""

import sys

import pytest

from quizzer.grading.programs import real_asyncio_for, run_answer_programs
from quizzer.sandbox import interpreters

ASYNC_FOR_AS_COMPLETED = """
import asyncio

async def job(n):
    await asyncio.sleep(n / 10)
    return n

async def main():
    async for done in asyncio.as_completed([job(2), job(1)]):
        print(done.result())

asyncio.run(main())
"""

START_TLS_AND_VERSION = """
import asyncio, sys

async def main():
    loop = asyncio.get_running_loop()
    assert callable(loop.start_tls)
    print(sys.version_info[:2])

asyncio.run(main())
"""


def test_an_idiom_of_313_runs_when_graded_for_313_and_fails_for_311():
    (new, note), (old, _) = (run_answer_programs([ASYNC_FOR_AS_COMPLETED], python=version)[0]
                             for version in ("3.13", "3.11"))
    assert (new.outcome, new.stdout, note) == ("ok", "1\n2\n", None)
    assert old.outcome == "error" and old.exception.startswith("TypeError: 'async for' requires an object")


def test_an_api_outside_the_subset_reruns_on_real_asyncio_of_the_graded_version():
    other = "3.12" if sys.version_info[:2] != (3, 12) else "3.13"
    if interpreters.find(other) is None:
        pytest.skip(f"no Python {other} on this machine")
    assert real_asyncio_for("%d.%d" % sys.version_info[:2]) is None
    ((run, note),) = run_answer_programs([START_TLS_AND_VERSION], python=other, timeout=30)
    assert note is not None and "run on real asyncio instead" in note
    assert run.stdout == f"{tuple(map(int, other.split('.')))}\n", run.stderr
