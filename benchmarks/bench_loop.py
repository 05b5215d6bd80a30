"""Scheduling throughput of the reference loop, next to real asyncio (run by hand, not by CI).

    python benchmarks/bench_loop.py [--tasks 10000] [--hops 10] [--repeat 5] [--rounds 3]

N tasks each hop through `await asyncio.sleep(0)` K times, all gathered: the pure cost of
scheduling (a ready queue, a step per hop, a done callback per task). Each loop runs in a fresh
interpreter; the figure is the best of --repeat runs of the gathered program (start-up excluded):
- tinyloop;
- real asyncio with its C accelerators (`_asyncio`: C Task and Future), what users run;
- real asyncio with pure-Python tasks (the C module hidden), the fair comparison for a Python loop.

Times are CPU seconds of the process (`time.process_time`), not wall-clock time, so that a machine
busy with other work slows every loop alike instead of whichever ran at a bad moment; and the
loops take turns, --rounds times, each keeping its best.
"""

from __future__ import annotations

import argparse
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

best = float("inf")
for _ in range({repeat}):
    start = time.process_time()
    asyncio.run(main({tasks}, {hops}))
    best = min(best, time.process_time() - start)
print(best)
"""

SETUPS = {
    "tinyloop": "import quizzer.tinyloop as t; t.install(virtual_time=False)",
    "asyncio (C accelerators)": "",
    "asyncio (pure-Python tasks)": "sys.modules['_asyncio'] = None",
}


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--tasks", type=int, default=10_000)
    parser.add_argument("--hops", type=int, default=10)
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    steps = args.tasks * (args.hops + 1)
    print(f"{args.tasks} tasks x {args.hops} sleep(0) hops, gathered; CPU time, best of "
          f"{args.repeat} runs x {args.rounds} rounds")
    results = {label: float("inf") for label in SETUPS}
    for _ in range(args.rounds):
        for label, setup in SETUPS.items():
            code = PROGRAM.format(setup=setup, repeat=args.repeat, tasks=args.tasks, hops=args.hops)
            run = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
            results[label] = min(results[label], float(run.stdout))
    tiny = results["tinyloop"]
    for label, seconds in results.items():
        ratio = "" if label == "tinyloop" else f"   tinyloop is {seconds / tiny:.2f}x as fast"
        print(f"{label:<30} {seconds * 1000:8.1f} ms  {steps / seconds / 1e6:5.2f} M steps/s{ratio}")


if __name__ == "__main__":
    main()
