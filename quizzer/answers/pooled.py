"""Answer keys one program at a time over a `quizzer.runpool.RunPool`: what `compute_answers` does for a list.

A cached answer is read; otherwise the program runs in the pool and its answer is stored under its key (and the
key of every version its run answers for). A key already being computed is not run twice: the second asker
awaits the first's run.
"""

from __future__ import annotations

import asyncio

from quizzer.answers.cache import KeyCache, cache_key
from quizzer.answers.keys import Computed, cached_answer, computed_from_run, store_answer, where


class PooledKeys:
    def __init__(self, pool, cache: KeyCache):
        self.pool = pool
        self.cache = cache
        self.computing: dict[str, asyncio.Task] = {}  # cache key -> the run in flight that will store it

    def cached(self, code: str, *, loop: str = "tiny", python: str | None = None, interpreter=None) -> Computed | None:
        python, release = where(loop, python, interpreter)
        return cached_answer(self.cache, cache_key(code, loop, python=python, release=release))

    async def answer(self, code: str, *, rank: int = 0, loop: str = "tiny", python: str | None = None,
                     interpreter=None) -> Computed:
        """The answer of `code` on `loop` (modelling `python` on the reference loop; real asyncio of `interpreter`,
        a `quizzer.sandbox.interpreters.Interpreter`, on the others), from the cache or from a run of rank `rank`."""
        python, release = where(loop, python, interpreter)
        key = cache_key(code, loop, python=python, release=release)
        hit = cached_answer(self.cache, key)
        if hit is not None:
            return hit
        if key not in self.computing:
            self.computing[key] = asyncio.ensure_future(self._compute(key, code, rank, loop, python, release,
                                                                      interpreter))
        return await asyncio.shield(self.computing[key])

    async def rerun(self, code: str, *, rank: int = 0, loop: str = "tiny", python: str | None = None,
                    interpreter=None) -> Computed:
        """`answer`, from a new run whatever the cache holds: its answer replaces the one stored under its key."""
        python, release = where(loop, python, interpreter)
        run = await self.pool.run(code, rank=rank, loop=loop, **_given(
            python=python, interpreter=None if interpreter is None else interpreter.executable))
        return store_answer(self.cache, code, run, loop=loop, python=python, release=release)

    async def again(self, code: str, *, rank: int = 0, python: str | None = None) -> Computed:
        """Another run of `code` on the reference loop, neither read from nor stored in the cache (whether a
        program is deterministic)."""
        return computed_from_run(await self.run(code, rank=rank, loop="tiny", python=python))

    async def run(self, code: str, *, rank: int = 0, **options):
        """A run of `code` that is no answer key (`sandbox.run_code`'s options, those that are None left out): its
        `RunResult`."""
        return await self.pool.run(code, rank=rank, **_given(**options))

    async def _compute(self, key, code, rank, loop, python, release, interpreter) -> Computed:
        try:
            run = await self.pool.run(code, rank=rank, loop=loop, **_given(
                python=python, interpreter=None if interpreter is None else interpreter.executable))
            return store_answer(self.cache, code, run, loop=loop, python=python, release=release)
        finally:
            del self.computing[key]


def _given(**options) -> dict:
    """The options that are set: the others keep `run_code`'s defaults."""
    return {name: value for name, value in options.items() if value is not None}
