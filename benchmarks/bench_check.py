"""Checking the whole bank: `quizzer check` over every predict and write program, cold and warm cache.

Run by hand: `python benchmarks/bench_check.py`. Prints the wall time of
(a) `quizzer check --no-cache` (every program run twice on the reference loop, for nondeterminism);
(b) `quizzer check` with a warm cache;
(c) `quizzer check --differential --no-cache` (also on real asyncio with a fast-forwarded clock);
next to (d) running every predict program once with `python FILE` on real asyncio, a cold interpreter per
program and real sleeps: what checking the bank by hand would cost.
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
import time
from pathlib import Path


def timed(command, **kwargs) -> float:
    start = time.perf_counter()
    subprocess.run(command, check=False, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, **kwargs)
    return time.perf_counter() - start


def main() -> None:
    from quizzer.bank import default_bank_path, load_bank

    bank = load_bank(default_bank_path())
    programs = [q for q in bank.questions if q.type in ("predict", "write")]
    quizzer = [sys.executable, "-m", "quizzer", "check"]
    with tempfile.TemporaryDirectory() as cache:
        cold = timed(quizzer + ["--no-cache"])
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
    print(f"(a) quizzer check, cold cache           {cold:6.2f} s   (target < 3 s)")
    print(f"(b) quizzer check, warm cache           {warm:6.2f} s   (target < 0.5 s)")
    print(f"(c) quizzer check --differential, cold  {differential:6.2f} s")
    print(f"(d) python FILE per program, real time  {by_hand:6.2f} s")


if __name__ == "__main__":
    main()
