"""Grading speed: 1,000 generated submissions over the whole bundled bank, and write answers per second.

Run by hand: `python benchmarks/bench_grade.py [--students N] [--writes N]`. Prints
(a) the wall time of `quizzer grade` over N submissions answering every non-write question
    (answer keys computed once per question, cold cache), next to the time per submission;
(b) the wall time of `quizzer grade` over N submissions answering every write question of the bank
    (each graded on its cases) with answers that repeat, as a class's do: each question's answer is one
    of a handful (the solution, the starter, a few typical mistakes), so each distinct answer runs once
    per grading run. The hidden cases are drawn from a fresh seed, so the reference solutions' reports
    are computed too (nothing cached); target < 10 s on 2 cores;
(c) distinct write answers graded per second: every answer different (the solution with a comment of
    its own), spread over every write question; the reference reports are computed first (a grading run
    with --case-seed, then the measured one with the same seed), so (c) measures the students' runs
    only; target >= 50 per second.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from quizzer.bank.model import letter

# Typical wrong answers, made from a question: the entry point returning nothing, or printing.
NOTHING = "async def {name}(*args, **kwargs):\n    return None\n"
PRINTS = "print('done')\n"
CORES = os.cpu_count() or 1


def random_answer(question, rng):
    if question.type in ("choice", "multi"):
        letters = [letter(i) for i in range(len(question.choices))]
        return rng.choice(letters) if question.type == "choice" else ",".join(rng.sample(letters, 2))
    if question.type == "truefalse":
        return rng.choice([True, False])
    if question.type == "short":
        return rng.choice(list(question.accept) or ["no idea"])
    return rng.choice(["1\n2\n", "done\n"])


def write_answer_pool(question) -> list[str]:
    """The handful of answers a class gives to a write question."""
    return [question.solution, question.starter, NOTHING.format(name=question.entry[0]), PRINTS,
            question.solution + "\n# checked twice\n"]


def grade(submissions: Path, out: Path, *options: str) -> tuple[float, float]:
    """Wall seconds of `quizzer grade`, and the CPU seconds it and its sandboxed runs used (the fork server reaps
    the runs, grade reaps the fork server, so the children's rusage covers them all). On a loaded machine, the
    CPU seconds over the cores is what the run would take alone."""
    command = [sys.executable, "-m", "quizzer", "grade", str(submissions), "--out", str(out), *options]
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    subprocess.run(command, check=False, stdout=subprocess.DEVNULL)
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return wall, (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def timing(wall: float, cpu: float) -> str:
    return f"{wall:.2f} s wall, {cpu:.2f} s CPU ({cpu / CORES:.2f} s of CPU per core)"


def write_submissions(folder: Path, answers_of) -> None:
    folder.mkdir()
    for number, answers in enumerate(answers_of):
        (folder / f"s{number:04}.json").write_text(json.dumps({"student": f"s{number:04}", "answers": answers}))


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--students", type=int, default=1000)
    parser.add_argument("--writes", type=int, default=300)
    args = parser.parse_args()

    from quizzer.bank import default_bank_path, load_bank

    bank = load_bank(default_bank_path())
    rng = random.Random(1)
    questions = [q for q in bank.questions if q.type != "write"]
    writes = [q for q in bank.questions if q.type == "write"]
    print(f"{os.cpu_count()} cores; load average {os.getloadavg()[0]:.1f} at the start")
    with tempfile.TemporaryDirectory() as folder:
        folder = Path(folder)
        write_submissions(folder / "subs", ({q.id: random_answer(q, rng) for q in questions}
                                           for _ in range(args.students)))
        wall, cpu = grade(folder / "subs", folder / "out", "--no-cache")
        print(f"(a) {args.students} submissions x {len(questions)} questions, cold cache: {timing(wall, cpu)} "
              f"({1000 * wall / args.students:.2f} ms per submission; target < 5 s)")

        pools = {q.id: write_answer_pool(q) for q in writes}
        write_submissions(folder / "wclass", ({q.id: rng.choice(pools[q.id]) for q in writes}
                                             for _ in range(args.students)))
        distinct = sum(len(set(pool)) for pool in pools.values())
        wall, cpu = grade(folder / "wclass", folder / "wclass-out", "--no-cache")
        print(f"(b) {args.students} submissions x {len(writes)} write questions graded on their cases, answers "
              f"repeating ({distinct} distinct), nothing cached: {timing(wall, cpu)} (target < 10 s)")

        write_submissions(folder / "wdistinct", ({writes[number % len(writes)].id:
                                                   writes[number % len(writes)].solution + f"\n# answer {number}\n"}
                                                  for number in range(args.writes)))
        cache = ["--cache-dir", str(folder / "cache"), "--case-seed", "bench"]
        grade(folder / "wdistinct", folder / "wdistinct-warm", *cache)  # computes the reference reports
        wall, cpu = grade(folder / "wdistinct", folder / "wdistinct-out", *cache)
        print(f"(c) {args.writes} distinct write answers: {timing(wall, cpu)}: {args.writes / wall:.0f} answers per "
              f"second of wall time, {args.writes / (cpu / CORES):.0f} per second of CPU per core (target >= 50)")
        print(f"load average {os.getloadavg()[0]:.1f} at the end")


if __name__ == "__main__":
    main()
