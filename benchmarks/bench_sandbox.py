"""Sandbox throughput and virtual-time speed-up, next to what a user would do instead (run by hand, not by CI).

    python benchmarks/bench_sandbox.py [--runs 400] [--jobs N]   (default: two per core, as run_many)

1. Runs per second over a batch of small snippets (no real sleeps, so this is per-run overhead) through
   `run_many`: in the jail (bubblewrap, namespaces per run), in the jail as one author's batch (`one_author=True`,
   as `quizzer check` runs a bank's programs: one after another in reused cells), then without it (the fallback:
   a fork server and the audit-hook policy), then a cold `python snippet.py` per run, all with the same number in
   parallel. Beside the
   wall-clock rate, the CPU time a run costs (the caller's, the worker's and the run's processes; the kernel's own
   deferred work, such as tearing a network namespace down, is not in it) and the rate that would give on idle
   cores: on a shared machine the wall clock mostly measures the neighbours. Last, the page faults of the
   worker's and the run's processes, mostly copies of the worker's pages that a run writes: they do not change
   with the load, and compare two versions at any moment.
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


def sandboxed_rate(codes: list[str], loop: str, jobs: int, one_author: bool = False) -> float:
    runner.run_many(codes[:4], loop=loop, jobs=jobs)  # start the worker outside the measurement
    started = time.perf_counter()
    results = runner.run_many(codes, loop=loop, jobs=jobs, one_author=one_author)
    elapsed = time.perf_counter() - started
    failed = [r for r in results if r.outcome != "ok"]
    if failed:
        raise SystemExit(f"{len(failed)} runs failed, e.g. {failed[0]}")
    return len(codes) / elapsed


TICKS = os.sysconf("SC_CLK_TCK")
# How long the cells of a batch take to exit once it is over (they are retired when run_many returns).
CELLS_GONE = 0.5


def worker_pid() -> int:
    """The worker's pid as this machine sees it: the process started, or (in the jail) the first of its
    descendants that is not bubblewrap."""
    parents, names = {}, {}
    for pid in filter(str.isdigit, os.listdir("/proc")):
        try:
            with open(f"/proc/{pid}/stat") as stat:
                parents[int(pid)] = int(stat.read().rsplit(")", 1)[1].split()[1])
            with open(f"/proc/{pid}/cmdline", "rb") as cmdline:
                names[int(pid)] = os.path.basename(cmdline.read().split(b"\0")[0])
        except OSError:
            continue
    pid = runner.server.process.pid
    while names.get(pid) == b"bwrap":
        pid = next(child for child, parent in parents.items() if parent == pid)
    return pid


def _stat_fields(pid: int) -> list[str]:
    with open(f"/proc/{pid}/stat") as stat:
        return stat.read().rsplit(")", 1)[1].split()


def tree_cpu_seconds(pid: int) -> float:
    """CPU time of a process and of the children it has reaped (each run's processes, in the worker's case)."""
    return sum(int(value) for value in _stat_fields(pid)[11:15]) / TICKS


def tree_page_faults(pid: int) -> int:
    """Minor page faults of a process and of the children it has reaped."""
    fields = _stat_fields(pid)
    return int(fields[7]) + int(fields[8])


def cost_per_run(codes: list[str], loop: str, jobs: int, one_author: bool = False) -> tuple[float, float]:
    """CPU seconds a run costs, the worker's and its runs' and this process's (the caller's side), and the page
    faults of the worker's and its runs' processes: most are copies of the worker's pages a run writes. The
    faults are the same at any load, where the CPU time of a run grows with the neighbours' (caches, memory)."""
    runner.run_many(codes[:4], loop=loop, jobs=jobs)
    worker = worker_pid()
    before = tree_cpu_seconds(worker), time.process_time(), tree_page_faults(worker)
    runner.run_many(codes, loop=loop, jobs=jobs, one_author=one_author)
    if one_author:
        time.sleep(CELLS_GONE)  # a cell's CPU time reaches the worker's count when it is reaped, after the batch
    after = tree_cpu_seconds(worker), time.process_time(), tree_page_faults(worker)
    cpu = after[0] - before[0] + after[1] - before[1]
    return cpu / len(codes), (after[2] - before[2]) / len(codes)


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
    parser.add_argument("--jobs", type=int, default=runner.RUNS_PER_CORE * (os.cpu_count() or 1),
                        help="runs at once (default: as run_many, two per core)")
    arguments = parser.parse_args()
    codes = batch(arguments.runs)
    print(f"{arguments.runs} small snippets, {arguments.jobs} in parallel ({os.cpu_count()} cores, "
          f"load {os.getloadavg()[0]:.1f})")
    cores = os.cpu_count() or 1
    for jailed, one_author, label in ((True, False, "jailed (bubblewrap)"), (True, True, "jailed, one author"),
                                      (False, False, "unjailed (policy only)")):
        if not one_author:  # the one-author rows use the jailed worker of the rows before
            use_worker(jailed)
        for loop in ("tiny", "asyncio-ff", "asyncio"):
            rate = sandboxed_rate(codes, loop, arguments.jobs, one_author)
            cost, faults = cost_per_run(codes, loop, arguments.jobs, one_author)
            print(f"  {label:<23} loop={loop:<10} {rate:7.1f} runs/s   CPU {cost * 1000:5.2f} ms a run: "
                  f"{cores / cost:5.0f} runs/s on {cores} idle cores; {faults:5.0f} page faults a run")
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
