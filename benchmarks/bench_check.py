"""Checking the whole bank: `quizzer check` over every predict and write program, cold and warm cache.

Run by hand: `python benchmarks/bench_check.py`. Prints the wall time of
(a) `quizzer check --no-cache` (every program run twice on the reference loop, for nondeterminism), with the CPU
    time the machine was busy meanwhile (the sandbox's included, and anything else running) and what that is on
    idle cores;
(b) `quizzer check` with a warm cache;
(c) `quizzer check --differential --no-cache` (also on real asyncio with a fast-forwarded clock);
next to (d) running every predict program once with `python FILE` on real asyncio, a cold interpreter per
program and real sleeps: what checking the bank by hand would cost.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path


def timed(command, **kwargs) -> float:
    return measured(command, **kwargs)[0]


def busy_cpu_seconds() -> float | None:
    """CPU seconds the whole machine has spent busy since boot (Linux's /proc/stat), None elsewhere.

    The machine's, not the command's children's: the sandbox's jail and its worker are not all waited for by
    `quizzer check` (the worker is stopped at exit), so getrusage(RUSAGE_CHILDREN) would leave most runs out."""
    try:
        with open("/proc/stat", encoding="ascii") as stat:
            user, nice, system, _idle, _iowait, irq, softirq, steal = map(int, stat.readline().split()[1:9])
    except (OSError, ValueError):
        return None
    return (user + nice + system + irq + softirq + steal) / os.sysconf("SC_CLK_TCK")


def measured(command, **kwargs) -> tuple[float, float | None]:
    """Wall seconds of `command`, and the CPU seconds the machine was busy meanwhile (anything else running
    counts too: compare figures taken at a low load)."""
    before = busy_cpu_seconds()
    start = time.perf_counter()
    subprocess.run(command, check=False, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, **kwargs)
    wall = time.perf_counter() - start
    after = busy_cpu_seconds()
    return wall, None if before is None or after is None else after - before


def main() -> None:
    from quizzer.bank import default_bank_path, load_bank

    bank = load_bank(default_bank_path())
    programs = [q for q in bank.questions if q.type in ("predict", "write")]
    quizzer = [sys.executable, "-m", "quizzer", "check"]
    with tempfile.TemporaryDirectory() as cache:
        print(f"load average {os.getloadavg()[0]:.1f} at the start")
        cold, cold_cpu = measured(quizzer + ["--no-cache"])
        timed(quizzer + ["--cache-dir", cache])
        warm = timed(quizzer + ["--cache-dir", cache])
        differential = timed(quizzer + ["--no-cache", "--differential"])
        with tempfile.TemporaryDirectory() as folder:
            start = time.perf_counter()
            for question in programs:
                path = Path(folder) / f"{question.id}.py"
                path.write_text(question.program)
                try:
                    subprocess.run([sys.executable, str(path)], check=False, capture_output=True, timeout=5, cwd=folder)
                except subprocess.TimeoutExpired:
                    pass  # a "(hangs forever)" program: by hand, you would wait and give up too
            by_hand = time.perf_counter() - start
    print(f"{len(programs)} programs ({sum(q.type == 'predict' for q in programs)} predict)")
    cores = os.cpu_count() or 1
    cpu = ("" if cold_cpu is None else
           f"; machine busy {cold_cpu:.2f} CPU s, at least {cold_cpu / cores:.2f} s on {cores} idle cores")
    print(f"(a) quizzer check, cold cache           {cold:6.2f} s   (target < 3 s){cpu}")
    print(f"(b) quizzer check, warm cache           {warm:6.2f} s   (target < 0.5 s)")
    print(f"(c) quizzer check --differential, cold  {differential:6.2f} s")
    print(f"(d) python FILE per program, real time  {by_hand:6.2f} s")
    print(f"load average {os.getloadavg()[0]:.1f} at the end")


if __name__ == "__main__":
    main()
