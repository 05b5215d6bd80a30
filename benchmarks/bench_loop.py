"""Scheduling throughput of the reference loop, next to real asyncio (run by hand, not by CI).

    python benchmarks/bench_loop.py [--tasks 10000] [--hops 10] [--repeat 5] [--rounds 3]
    python benchmarks/bench_loop.py --instructions [--tasks 2000] [--hops 10]

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

`--instructions` counts instead of timing, with valgrind's callgrind (if installed): the machine
instructions one task with its hops costs, the same on a busy machine as on an idle one. It runs
the same program (--tasks, default here 2,000, and --hops; the warm-up plus one run) and the same
program with no tasks, and divides the difference by the number of tasks run.
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile

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


def instructions(setup: str, tasks: int, hops: int) -> int:
    """The instructions the program (the warm-up and one run of `tasks` tasks) executes, start-up included."""
    code = PROGRAM.format(setup=setup, repeat=1, tasks=tasks, hops=hops)
    with tempfile.TemporaryDirectory() as tmp:
        run = subprocess.run(
            ["valgrind", "--tool=callgrind", f"--callgrind-out-file={tmp}/callgrind.out", sys.executable, "-c", code],
            capture_output=True, text=True, check=True, env={**os.environ, "PYTHONHASHSEED": "0"})
    return int(re.search(r"Collected : (\d+)", run.stderr).group(1))


def count_instructions(tasks: int, hops: int) -> None:
    if shutil.which("valgrind") is None:
        sys.exit("--instructions needs valgrind (apt-get install valgrind)")
    print(f"{tasks} tasks x {hops} sleep(0) hops, gathered; instructions per task with its hops (callgrind)")
    per_task = {label: (instructions(setup, tasks, hops) - instructions(setup, 0, hops)) / (2 * tasks)
                for label, setup in SETUPS.items()}
    for label, count in per_task.items():
        ratio = "" if label == "tinyloop" else f"   tinyloop is {count / per_task['tinyloop']:.2f}x as fast"
        print(f"{label:<28} {count / 1000:7.1f} k instructions{ratio}")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--tasks", type=int)
    parser.add_argument("--hops", type=int, default=10)
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--instructions", action="store_true", help="count instructions with callgrind instead")
    args = parser.parse_args()
    if args.instructions:
        count_instructions(args.tasks or 2_000, args.hops)
        return
    args.tasks = args.tasks or 10_000
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
