"""Start-up time of the `quizzer` command, next to a bare interpreter.

Run by hand: `python benchmarks/bench_startup.py`. Prints the median wall time of N runs of
`quizzer --help` and `quizzer list --topic tasks` (which loads the bundled bank), next to
`python -c pass`, the floor any Python command pays.
"""

from __future__ import annotations

import shutil
import statistics
import subprocess
import sys
import time

RUNS = 20


def median_ms(argv: list[str]) -> float:
    samples = []
    for _ in range(RUNS):
        start = time.perf_counter()
        subprocess.run(argv, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False)
        samples.append((time.perf_counter() - start) * 1000)
    return statistics.median(samples)


def main() -> None:
    quizzer = shutil.which("quizzer") or None
    base = [quizzer] if quizzer else [sys.executable, "-m", "quizzer"]
    rows = [
        ("python -c pass (floor)", [sys.executable, "-c", "pass"]),
        ("quizzer --help", base + ["--help"]),
        ("quizzer list --topic tasks", base + ["list", "--topic", "tasks"]),
    ]
    print(f"median of {RUNS} runs")
    for label, argv in rows:
        print(f"{label:<32} {median_ms(argv):7.1f} ms")


if __name__ == "__main__":
    main()
