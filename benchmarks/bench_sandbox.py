"""Sandbox throughput and virtual-time speed-up, next to what a user would do instead (run by hand, not by CI).

    python benchmarks/bench_sandbox.py [--runs 400] [--jobs N]

1. Runs per second over a batch of small snippets (no real sleeps, so this is per-run overhead) through
   `run_many`: in the jail (bubblewrap, namespaces per run), then without it (the fallback: a fork server and the
   audit-hook policy), then a cold `python snippet.py` per run, all with the same number in parallel.
2. Wall time of `quizzer run` on a program whose tasks sleep 10 s of virtual time (jail included, cold start
   included), against `python FILE` on real asyncio.
"""

import argparse
import os
import subprocess
import sys
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from quizzer.sandbox import runner  # noqa: E402

SNIPPETS = [
    "print(sum(range({n})))\n",
    "import asyncio\n\nasync def main():\n    await asyncio.sleep(0)\n    print({n})\n\nasyncio.run(main())\n",
    "import asyncio\n\nasync def work(i):\n    await asyncio.sleep(0)\n    return i * {n}\n\n"
    "async def main():\n    print(await asyncio.gather(*(work(i) for i in range(5))))\n\nasyncio.run(main())\n",
    "def fib(k):\n    return k if k < 2 else fib(k - 1) + fib(k - 2)\nprint(fib(15), {n})\n",
]

SLEEPY_PROGRAM = """\
import asyncio

async def sleeper(name, seconds):
    await asyncio.sleep(seconds)
    print(name, "woke")

async def main():
    await asyncio.gather(sleeper("a", 10), sleeper("b", 5), sleeper("c", 7.5))

asyncio.run(main())
"""


def batch(runs: int) -> list[str]:
    return [SNIPPETS[n % len(SNIPPETS)].format(n=n) for n in range(runs)]


def sandboxed_rate(codes: list[str], loop: str, jobs: int) -> float:
    runner.run_many(codes[:4], loop=loop, jobs=jobs)  # start the worker outside the measurement
    started = time.perf_counter()
    results = runner.run_many(codes, loop=loop, jobs=jobs)
    elapsed = time.perf_counter() - started
    failed = [r for r in results if r.outcome != "ok"]
    if failed:
        raise SystemExit(f"{len(failed)} runs failed, e.g. {failed[0]}")
    return len(codes) / elapsed


def use_worker(jailed: bool) -> None:
    """A fresh worker for this process: in the jail, or forced out of it (as on a machine without bubblewrap)."""
    runner.server.stop()
    os.environ.pop("QUIZZER_BWRAP", None) if jailed else os.environ.update(QUIZZER_BWRAP="")
    runner.server = runner.Worker()
    runner.server.notice = lambda missing: None
    if runner.server.status().active != jailed:
        raise SystemExit(f"cannot measure {'with' if jailed else 'without'} the jail: {runner.server.status()}")


def cold_rate(codes: list[str], jobs: int, directory: str) -> float:
    paths = []
    for index, code in enumerate(codes):
        path = os.path.join(directory, f"snippet_{index}.py")
        Path(path).write_text(code)
        paths.append(path)

    def run_one(path: str) -> None:
        subprocess.run([sys.executable, path], capture_output=True, check=True)

    started = time.perf_counter()
    with ThreadPoolExecutor(jobs) as pool:
        list(pool.map(run_one, paths))
    return len(paths) / (time.perf_counter() - started)


def wall_time(command: list[str]) -> float:
    started = time.perf_counter()
    subprocess.run(command, capture_output=True, check=True, env={**os.environ, "PYTHONPATH": str(ROOT)})
    return time.perf_counter() - started


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=400)
    parser.add_argument("--jobs", type=int, default=os.cpu_count() or 1)
    arguments = parser.parse_args()
    codes = batch(arguments.runs)
    print(f"{arguments.runs} small snippets, {arguments.jobs} in parallel ({os.cpu_count()} cores, "
          f"load {os.getloadavg()[0]:.1f})")
    for jailed, label in ((True, "jailed (bubblewrap)"), (False, "unjailed (policy only)")):
        use_worker(jailed)
        for loop in ("tiny", "asyncio-ff", "asyncio"):
            rate = sandboxed_rate(codes, loop, arguments.jobs)
            print(f"  {label:<23} loop={loop:<10} {rate:7.1f} runs/s")
    with tempfile.TemporaryDirectory() as directory:
        print(f"  cold `python snippet.py` per run             {cold_rate(codes, arguments.jobs, directory):7.1f} runs/s")
        program = os.path.join(directory, "sleepy.py")
        Path(program).write_text(SLEEPY_PROGRAM)
        os.environ.pop("QUIZZER_BWRAP", None)
        print("a program whose tasks sleep 10 s (virtual time on tinyloop):")
        print(f"  quizzer run FILE (jailed, cold start)        "
              f"{wall_time([sys.executable, '-m', 'quizzer', 'run', program]):7.2f} s")
        print(f"  python FILE (real asyncio)                   {wall_time([sys.executable, program]):7.2f} s")


if __name__ == "__main__":
    main()
