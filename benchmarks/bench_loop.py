"""Scheduling throughput of the reference loop, next to real asyncio (run by hand, not by CI).

    python benchmarks/bench_loop.py [--tasks 10000] [--hops 10] [--repeat 5] [--rounds 3]

N tasks each hop through `await asyncio.sleep(0)` K times, all gathered: the pure cost of
scheduling (a ready queue, a step per hop, a done callback per task). The loops compared:
- tinyloop;
- real asyncio with its C accelerators (`_asyncio`: C Task and Future), what users run;
- real asyncio with pure-Python tasks (the C module hidden), the fair comparison for a Python loop.

Every loop is measured the same way:
- in a fresh interpreter per round, the loops taking turns (--rounds times), so that a busy moment
  of the machine falls on all of them rather than on whichever ran then;
- one untimed run first (imports and first-call work are not what is measured), then --repeat
  timed runs of the gathered program, one after the other with the garbage collector left as it
  is: each loop pays for the collections its own allocations cause, at its own rate, as a long
  program would (a `gc.collect()` before each run would make every run start from the same heap,
  but then whether a run crosses the threshold of a full collection, an 8-12 ms step at this size,
  decides the figure; the median of several runs averages those steps out instead);
- in CPU seconds of the process (`time.process_time`), not wall-clock time: the other processes of
  a busy machine then slow every loop alike instead of whichever ran at a bad moment;
- the figure is the median of all timed runs (--repeat x --rounds); the best run is shown beside it.
The load average is printed before and after: on a shared machine, contention for caches and cores
still shows in CPU time, so figures are only comparable at similar loads (ratios hold better).
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys

PROGRAM = """
import sys, time
{setup}
import asyncio

async def hop(k):
    for _ in range(k):
        await asyncio.sleep(0)

async def main(n, k):
    await asyncio.gather(*(hop(k) for _ in range(n)))

asyncio.run(main({tasks}, {hops}))  # warm-up, not timed
times = []
for _ in range({repeat}):
    start = time.process_time()
    asyncio.run(main({tasks}, {hops}))
    times.append(time.process_time() - start)
print(*times)
"""

SETUPS = {
    "tinyloop": "import quizzer.tinyloop as t; t.install(virtual_time=False)",
    "asyncio (C accelerators)": "",
    "asyncio (pure-Python tasks)": "sys.modules['_asyncio'] = None",
}


def load() -> str:
    return " ".join(f"{figure:.1f}" for figure in os.getloadavg())


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--tasks", type=int, default=10_000)
    parser.add_argument("--hops", type=int, default=10)
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    steps = args.tasks * (args.hops + 1)
    print(f"{args.tasks} tasks x {args.hops} sleep(0) hops, gathered; CPU time, median (and best) of "
          f"{args.repeat} runs x {args.rounds} rounds; load average before: {load()}")
    times: dict[str, list[float]] = {label: [] for label in SETUPS}
    for _ in range(args.rounds):
        for label, setup in SETUPS.items():
            code = PROGRAM.format(setup=setup, repeat=args.repeat, tasks=args.tasks, hops=args.hops)
            run = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
            times[label].extend(float(seconds) for seconds in run.stdout.split())
    tiny = times["tinyloop"]
    for label, seconds in times.items():
        median, best = statistics.median(seconds), min(seconds)
        ratio = "" if label == "tinyloop" else (
            f"   tinyloop is {median / statistics.median(tiny):.2f}x as fast (best: {best / min(tiny):.2f}x)")
        print(f"{label:<28} {median * 1000:7.1f} ms (best {best * 1000:6.1f})  "
              f"{steps / median / 1e6:5.2f} M steps/s{ratio}")
    print(f"load average after: {load()}")


if __name__ == "__main__":
    main()
