"""Grading speed: 1,000 generated submissions over the whole bundled bank, and write answers per second.

Run by hand: `python benchmarks/bench_grade.py [--students N]`. Prints
(a) the wall time of `quizzer grade` over N submissions answering every non-write question
    (answer keys computed once per question, cold cache), next to the time per submission;
(b) write answers graded per second (each one a sandboxed run on the reference loop).
"""

from __future__ import annotations

import argparse
import json
import random
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from quizzer.bank.model import letter


def random_answer(question, rng):
    if question.type in ("choice", "multi"):
        letters = [letter(i) for i in range(len(question.choices))]
        return rng.choice(letters) if question.type == "choice" else ",".join(rng.sample(letters, 2))
    if question.type == "truefalse":
        return rng.choice([True, False])
    if question.type == "short":
        return rng.choice(list(question.accept) or ["no idea"])
    return rng.choice(["1\n2\n", "done\n"])


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--students", type=int, default=1000)
    parser.add_argument("--writes", type=int, default=200)
    args = parser.parse_args()

    from quizzer.bank import default_bank_path, load_bank

    bank = load_bank(default_bank_path())
    rng = random.Random(1)
    questions = [q for q in bank.questions if q.type != "write"]
    writes = [q for q in bank.questions if q.type == "write"]
    with tempfile.TemporaryDirectory() as folder:
        folder = Path(folder)
        subs = folder / "subs"
        subs.mkdir()
        for number in range(args.students):
            answers = {q.id: random_answer(q, rng) for q in questions}
            (subs / f"s{number:04}.json").write_text(json.dumps({"student": f"s{number:04}", "answers": answers}))
        command = [sys.executable, "-m", "quizzer", "grade", str(subs), "--out", str(folder / "out"), "--no-cache"]
        start = time.perf_counter()
        subprocess.run(command, check=False, stdout=subprocess.DEVNULL)
        elapsed = time.perf_counter() - start
        print(f"(a) {args.students} submissions x {len(questions)} questions, cold cache: {elapsed:.2f} s "
              f"({1000 * elapsed / args.students:.2f} ms per submission; target < 5 s)")

        wsubs = folder / "wsubs"
        wsubs.mkdir()
        for number in range(args.writes):
            question = writes[number % len(writes)]
            code = question.solution if number % 2 == 0 else question.starter
            (wsubs / f"w{number:04}.json").write_text(json.dumps({"student": f"w{number:04}",
                                                                   "answers": {question.id: code}}))
        # Compute the write questions' keys first, so (b) measures the students' runs only.
        warm = [sys.executable, "-m", "quizzer", "grade", str(wsubs), "--out", str(folder / "wout"),
                "--cache-dir", str(folder / "cache")]
        subprocess.run(warm, check=False, stdout=subprocess.DEVNULL)
        start = time.perf_counter()
        subprocess.run(warm, check=False, stdout=subprocess.DEVNULL)
        elapsed = time.perf_counter() - start
        print(f"(b) {args.writes} write answers: {elapsed:.2f} s, {args.writes / elapsed:.0f} answers per second "
              "(target >= 50)")


if __name__ == "__main__":
    main()
