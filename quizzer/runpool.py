"""One pool of sandbox runs for a whole command, fed one run at a time as earlier runs finish.

`quizzer.sandbox.run_many` runs a list and returns when its slowest run has ended. A command that runs in phases,
each needing the results of the one before, leaves the cores idle at the end of every phase while its last slow
runs (a subprocess, a thread: real time, up to a second) finish. Here the command's work is coroutines, each
awaiting its own runs and deciding what to run next, all driven by one asyncio loop in the calling thread; at
most `jobs` runs go on at once, each in a thread of one executor. When a place frees, the waiting run of the
highest rank takes it (ties: the first that asked), so the callers rank long programs high: started early,
they run beside the short ones instead of ending the command alone.
"""

from __future__ import annotations

import asyncio
import functools
import heapq
import itertools
import os
import secrets
from concurrent.futures import ThreadPoolExecutor
from typing import Awaitable, Callable

from quizzer import sandbox
from quizzer.sandbox.runner import RUNS_PER_CORE


class RunPool:
    """`await pool.run(code, rank=..., **run_code_options)`, from coroutines driven by `drive`. `one_author`: every
    program comes from one author (a bank), never from a student, so the sandbox may run them one after another in
    the same cells (see `quizzer.sandbox.run_many`). `progress(done, asked)` is called in the loop's thread after
    each run, `asked` counting the runs asked for so far."""

    def __init__(self, *, jobs: int | None = None, progress: Callable[[int, int], None] | None = None,
                 one_author: bool = False):
        self.places = jobs or RUNS_PER_CORE * (os.cpu_count() or 1)
        self.author = secrets.token_hex(8) if one_author else None
        self.interpreters: set = set()  # those the author's runs went to: each has cells to retire
        self.progress = progress
        self.free = self.places
        self.waiting: list[tuple] = []  # heap of (-rank, arrival, future set when the run may start)
        self.arrivals = itertools.count()
        self.dispatch_scheduled = False
        self.asked = self.done = 0
        self.executor: ThreadPoolExecutor | None = None

    async def run(self, code: str, *, rank: int = 0, **options) -> sandbox.RunResult:
        self.asked += 1
        await self._place(rank)
        try:
            # Looked up at each call, so a test can watch the runs by replacing sandbox.run_code.
            call = functools.partial(sandbox.run_code, code, author=self.author, **options)
            self.interpreters.add(options.get("interpreter"))
            return await asyncio.get_running_loop().run_in_executor(self.executor, call)
        finally:
            self._give_back()
            self.done += 1
            if self.progress is not None:
                self.progress(self.done, self.asked)

    async def _place(self, rank: int) -> None:
        ready = asyncio.get_running_loop().create_future()
        heapq.heappush(self.waiting, (-rank, next(self.arrivals), ready))
        self._schedule_dispatch()
        try:
            await ready
        except asyncio.CancelledError:
            if ready.done() and not ready.cancelled():  # given a place, then cancelled: the place goes on
                self._give_back()
            raise

    def _give_back(self) -> None:
        self.free += 1
        self._schedule_dispatch()

    def _schedule_dispatch(self) -> None:
        # Dispatch once per turn of the loop, after every coroutine that could ask this turn has asked: places
        # then go by rank, not by which coroutine happened to be started first.
        if not self.dispatch_scheduled:
            self.dispatch_scheduled = True
            asyncio.get_running_loop().call_soon(self._dispatch)

    def _dispatch(self) -> None:
        self.dispatch_scheduled = False
        while self.free and self.waiting:
            *_, ready = heapq.heappop(self.waiting)
            if not ready.done():  # a cancelled waiter gives its turn on
                self.free -= 1
                ready.set_result(None)

    def drive(self, work: Callable[[RunPool], Awaitable]):
        """Run `work(self)` to its end on a new event loop in this thread, with this pool's threads; its result."""
        async def main():
            return await work(self)

        try:
            with ThreadPoolExecutor(max_workers=self.places, thread_name_prefix="quizzer-run") as self.executor:
                return asyncio.run(main())
        finally:
            if self.author is not None:
                for interpreter in self.interpreters:
                    sandbox.retire_author(self.author, interpreter)
