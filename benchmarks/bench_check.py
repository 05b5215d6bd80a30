"""Checking the whole bank: `quizzer check` over every predict and write program, cold and warm cache.

Run by hand: `python benchmarks/bench_check.py`. Prints the wall time of
(a) `quizzer check --no-cache` (every program run twice on the reference loop, for nondeterminism), with the CPU
    time it took (the sandbox's included) and what that is on idle cores;
(b) `quizzer check` with a warm cache;
(c) `quizzer check --differential --no-cache` (also on real asyncio with a fast-forwarded clock);
next to (d) running every predict program once with `python FILE` on real asyncio, a cold interpreter per
program and real sleeps: what checking the bank by hand would cost.
"""

from __future__ import annotations

import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path


def timed(command, **kwargs) -> float:
    return measured(command, **kwargs)[0]


def measured(command, **kwargs) -> tuple[float, float]:
    """Wall seconds of `command`, and the CPU seconds it and every process under it took (the sandbox's jail and
    runs included: each is waited for by its parent)."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    subprocess.run(command, check=False, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, **kwargs)
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return wall, (after.ru_utime + after.ru_stime) - (before.ru_utime + before.ru_stime)


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
    print(f"(a) quizzer check, cold cache           {cold:6.2f} s   (target < 3 s); CPU {cold_cpu:.2f} s, "
          f"at least {cold_cpu / cores:.2f} s on {cores} idle cores")
    print(f"(b) quizzer check, warm cache           {warm:6.2f} s   (target < 0.5 s)")
    print(f"(c) quizzer check --differential, cold  {differential:6.2f} s")
    print(f"(d) python FILE per program, real time  {by_hand:6.2f} s")
    print(f"load average {os.getloadavg()[0]:.1f} at the end")


if __name__ == "__main__":
    main()
