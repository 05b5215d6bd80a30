"""The runs `quizzer check` makes, each program's as a chain of its own, all in one pool.

Made in phases (every program on 3.11, then what 3.12 still needs, then 3.13, then the second runs), a check
waited at the end of every phase for its slowest run while the cores idled. Here each program's runs form a
chain: its answer on each version it is checked on, in order, each read from the cache when an earlier run
already answered for that version (a run answers for every version that agrees with it on what it asked,
`quizzer.tinyloop.versions.agreeing`, so each step waits for the one before). Beside the chain, started at once:
the second run that tells a nondeterministic program, on a version whose answer was not cached when its turn
came, and the runs on real asyncio. The chains interleave in one `RunPool`, programs that wait in real time
first. Every cache lookup happens at the same point of a program's chain as in the phases, so the same runs
are made and give the same results; only their order differs. Work that needs a program's answers once its chain
has ended (`check`'s warnings: its starters judged on their cases) shares the pool too, rather than following it
as a phase of its own.

The results are keyed by *place*: (question id, seeds) for a write question's reference solution on its cases
(`seeds` draw its hidden cases, all in one run), (question id, None) for any other program. Places with the same
program share one chain.
"""

from __future__ import annotations

import asyncio
import os
import re
from dataclasses import dataclass, field
from typing import Awaitable, Callable

from quizzer.answers.cache import KeyCache
from quizzer.answers.pooled import PooledKeys
from quizzer.runpool import RunPool


@dataclass(frozen=True)
class Place:
    question_id: str
    seeds: tuple | None    # those a write question's solution draws its hidden cases from; None: another program
    versions: tuple        # the versions this program is checked on, in order
    again_on: tuple        # those of them on which a second run tells whether it is deterministic


@dataclass
class CheckRuns:
    """(question id, seeds, version) -> `quizzer.answers.keys.Computed`."""

    reference: dict = field(default_factory=dict)  # on the reference loop modelling that version
    again: dict = field(default_factory=dict)      # a second run, uncached, where the first was not cached
    real: dict = field(default_factory=dict)       # on real asyncio of that version


# Programs that wait in real time (a subprocess, a thread) take up to a second where others take a few
# hundredths; a harness running a solution on its cases takes a few times a plain program.
REAL_TIME = re.compile(r"subprocess|to_thread|run_in_executor|threading")


# Real asyncio cannot fast-forward while a thread or a child process of the program runs: its clock follows the real
# one, and on a loaded machine a thread's wake-ups come late, so a duration the program prints can round up to the
# next tenth (event-loop-executor-max-workers-queue, fast-forwarded on 3.12 at load 8: 2 runs in 300 printed "job 1
# done at 0.3", a worker 67 ms late; the reference loop printed the key in 230 runs of 230 at load 6-12). Such a
# program's real answer that differs from the reference loop's is run again, up to this many runs in all: the first
# that agrees settles it (and replaces the late answer in the cache); a difference in every run is a divergence.
REAL_CLOCK_ATTEMPTS = 3


# A check's runs wait more than small snippets do (on the kernel setting up namespaces, on the worker forking the
# others' processes, on real time): with two runs per core (`run_many`'s default) the cores still idled a fifth to a
# third of a cold check of the bundled bank; three took 5.6-6.3 s instead of 6.6-7.2 s; five, once the solutions ran
# on all their seeds at once, 3.4-3.9 s instead of 3.8-4.4 s (alternated, load 1-4).
RUNS_PER_CORE = 5


def rank(code: str, cases: bool) -> int:
    """How early a program's runs should start: the longest first (`cases`: a harness running code on cases)."""
    return 2 if REAL_TIME.search(code) else 1 if cases else 0


def _rank(code: str, places: list[Place]) -> int:
    """The rank of a program's runs: places with the same program are all a solution's on its cases, or none."""
    return rank(code, places[0].seeds is not None)


# Work that shares the check's pool: called with the pool's `PooledKeys` and `settled`, where `await settled(code)`
# waits until the chain of `code` (if it has one) has made all its runs, so that what it answered is in the cache.
Beside = Callable[[PooledKeys, Callable[[str], Awaitable]], Awaitable]


def run_check(programs: list[tuple[str, Place]], *, cache: KeyCache, versions: tuple, oracles: dict,
              jobs: int | None = None, progress=None, beside: tuple[Beside, ...] = ()) -> tuple[CheckRuns, list]:
    """Make the runs of (program, place) pairs; `oracles`: version -> real interpreter, or None (not compared).
    Also runs the `beside` work in the same pool: the results, and what each of those gave."""
    by_code: dict[str, list[Place]] = {}
    for code, place in programs:
        by_code.setdefault(code, []).append(place)
    results = CheckRuns()

    async def work(pool: RunPool) -> list:
        keys = PooledKeys(pool, cache)
        chains, reals = {}, []
        for code, places in by_code.items():
            on = [v for v in versions if any(v in place.versions for place in places)]
            chains[code] = asyncio.ensure_future(_reference_chain(keys, code, places, on, results))
            reals += [_real(keys, code, places, version, oracles[version], results, chains[code])
                      for version in on if oracles.get(version) is not None]

        async def settled(code: str) -> None:
            if code in chains:
                await chains[code]

        *_, gave = await asyncio.gather(*chains.values(), *reals,
                                        asyncio.gather(*(extra(keys, settled) for extra in beside)))
        return gave

    places = jobs or RUNS_PER_CORE * (os.cpu_count() or 1)
    gave = RunPool(jobs=places, progress=progress, one_author=True).drive(work)  # all are the bank's programs
    return results, gave


async def _reference_chain(keys: PooledKeys, code: str, places: list[Place], on: list, results: CheckRuns) -> None:
    seconds = []
    for version in on:
        wanting = [place for place in places if version in place.versions]
        rechecked = [place for place in wanting if version in place.again_on]
        if rechecked and keys.cached(code, python=version) is None:
            seconds.append(_second_run(keys, code, rechecked, version, results))
        answer = await keys.answer(code, python=version, rank=_rank(code, places))
        for place in wanting:
            results.reference[place.question_id, place.seeds, version] = answer
    await asyncio.gather(*seconds)


def _second_run(keys, code, places, version, results) -> asyncio.Task:
    async def second() -> None:
        again = await keys.again(code, python=version, rank=_rank(code, places))
        for place in places:
            results.again[place.question_id, place.seeds, version] = again

    return asyncio.ensure_future(second())


async def _real(keys: PooledKeys, code: str, places: list[Place], version: str, oracle, results: CheckRuns,
                chain: asyncio.Future) -> None:
    first = _rank(code, places)
    real = await keys.answer(code, loop="asyncio-ff", interpreter=oracle, rank=first)
    if REAL_TIME.search(code):
        await chain
        place = next(place for place in places if version in place.versions)
        reference = results.reference[place.question_id, place.seeds, version]
        for _ in range(REAL_CLOCK_ATTEMPTS - 1):
            if reference.error is not None or (real.error, real.answer) == (None, reference.answer):
                break
            real = await keys.rerun(code, loop="asyncio-ff", interpreter=oracle, rank=first)
    for place in places:
        if version in place.versions:
            results.real[place.question_id, place.seeds, version] = real
