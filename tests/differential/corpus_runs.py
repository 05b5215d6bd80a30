"""The runs the corpus tests compare, started once per session in the background, in the order the tests need them.

Three ways to run a program of the corpus:
- `tiny`: through the sandbox on tinyloop (what quizzer uses for answer keys);
- `fast_forward`: `python FILE` on real asyncio whose clock jumps over idle waits (asyncio-ff), in a zygote
  (`realpython.py`): deterministic, so it is the exact oracle;
- `wall_clock`: `python FILE` on real asyncio and the real clock, in a zygote: what a user sees, at the mercy of
  the machine's load.

Each kind has its own pool. The wall-clock runs of `hangs/` go first and all at once (each one waits out
HANG_TIMEOUT, so their waits overlap), in a zygote of their own with unbuffered output.
"""

from __future__ import annotations

import concurrent.futures as cf
from pathlib import Path

from .realpython import RealPython

HERE = Path(__file__).parent
PROGRAMS = sorted((HERE / "programs").glob("*.py"))
HANGS = sorted((HERE / "hangs").glob("*.py"))

TINY_TIMEOUT = 20.0
FAST_FORWARD_TIMEOUT = 20.0   # on asyncio-ff a corpus program finishes in well under a second
WALL_CLOCK_TIMEOUT = 20.0
HANG_TIMEOUT = 2.0            # how long real asyncio is given to print before we call it hung
HANG_RERUN_TIMEOUT = 6.0      # the same, again: a loaded machine may have cut the first run short
# Wall-clock runs mostly sleep: more of them overlap than there are cores. Runs that compute (tinyloop,
# asyncio-ff) use one worker per core.
WALL_CLOCK_WORKERS = 4
COMPUTING_WORKERS = 2
KINDS = ("tiny", "fast_forward", "wall_clock")

# Programs the fast-forwarded loop cannot run as real asyncio does; the wall clock is their only oracle.
WALL_CLOCK_ONLY = {
    "app_416_many_short_steps_vs_one_long": "epoll's millisecond rounding decides which late timers fire together",
    "core_631_periodic_ticker_vs_one_long_sleep": "chained wake-ups fall behind a single timer of the same deadline",
    "core_099_loop_repr": "prints the loop, whose class is the fast-forwarding one",
    "core_106_spinning_on_sleep0_until_a_timer": "spins until a timer is due: a clock that only moves when the "
                                                 "loop is idle never gets there",
    "core_209_loop_time_after_many_timers": "prints how far the wall clock moved while timers ran late",
    "io_257_loop_type_name": "prints the loop's class name",
    "app_421_logging_debug_to_stdout": "asyncio's debug log names the loop's selector and prints the loop, both "
                                       "the fast-forwarding ones",
    "hang_201_sleep_forever_with_infinite_delay": "an infinite delay: the fast-forwarded clock jumps to it",
    "hang_202_wait_for_infinite_timeout": "an infinite timeout: the fast-forwarded clock jumps to it",
    "hang_700_future_completed_with_call_soon_from_a_thread": "a thread is about: the fast-forwarded loop cannot "
                                                              "tell it will never wake the loop, and waits",
}
# On asyncio-ff a corpus program finishes in well under a second: one of WALL_CLOCK_ONLY that takes longer
# is not going to finish (it spins, or waits for an infinite deadline).
WALL_CLOCK_ONLY_FAST_FORWARD_TIMEOUT = 1.0


def is_hang(path: Path) -> bool:
    return path.parent.name == "hangs"


def run_tiny(path: Path):
    from quizzer.sandbox import run_code

    return run_code(path.read_text(encoding="utf-8"), loop="tiny", filename=str(path), timeout=TINY_TIMEOUT)


class Corpus:
    """`result(kind, path)`: the run computed in the background for the session; `run(kind, path)`: a fresh one."""

    def __init__(self, wanted: dict[str, list[Path]]):
        self.zygotes = {"fast_forward": RealPython("asyncio-ff"), "wall_clock": RealPython("asyncio"),
                        "hang": RealPython("asyncio", unbuffered=True)}
        hangs = [path for path in wanted["wall_clock"] if is_hang(path)]
        self.pools = {
            "hang": cf.ThreadPoolExecutor(max(1, len(hangs)), thread_name_prefix="corpus-hang"),
            "tiny": cf.ThreadPoolExecutor(COMPUTING_WORKERS, thread_name_prefix="corpus-tiny"),
            "fast_forward": cf.ThreadPoolExecutor(COMPUTING_WORKERS, thread_name_prefix="corpus-ff"),
            "wall_clock": cf.ThreadPoolExecutor(WALL_CLOCK_WORKERS, thread_name_prefix="corpus-wall-clock"),
        }
        self.futures: dict[tuple[str, Path], cf.Future] = {}
        for path in hangs:
            self.futures["wall_clock", path] = self.pools["hang"].submit(self.run, "wall_clock", path)
        for kind in KINDS:
            for path in wanted[kind]:
                if (kind, path) not in self.futures:
                    self.futures[kind, path] = self.pools[kind].submit(self.run, kind, path)

    def run(self, kind: str, path: Path, *, again: bool = False):
        """A fresh run. A hang on the wall clock is cut at HANG_TIMEOUT, at HANG_RERUN_TIMEOUT when run `again`."""
        if kind == "tiny":
            return run_tiny(path)
        if kind == "fast_forward":
            wall_clock_only = path.stem in WALL_CLOCK_ONLY
            timeout = WALL_CLOCK_ONLY_FAST_FORWARD_TIMEOUT if wall_clock_only else FAST_FORWARD_TIMEOUT
            return self.zygotes["fast_forward"].run(path, timeout)
        if is_hang(path):
            return self.zygotes["hang"].run(path, HANG_RERUN_TIMEOUT if again else HANG_TIMEOUT)
        return self.zygotes["wall_clock"].run(path, WALL_CLOCK_TIMEOUT)

    def result(self, kind: str, path: Path):
        future = self.futures.get((kind, path))
        return future.result() if future is not None else self.run(kind, path)

    def close(self) -> None:
        for pool in self.pools.values():
            pool.shutdown(wait=True, cancel_futures=True)
        for zygote in self.zygotes.values():
            zygote.close()
