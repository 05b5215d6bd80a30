"""Grading speed: 1,000 generated submissions over the whole bundled bank, and write answers per second.

Run by hand: `python benchmarks/bench_grade.py [--students N] [--writes N] [--writes-only]`. Prints
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
(b) and (c) run `quizzer grade` in this process, so that besides the wall time they can measure the CPU
time the grading took: this process's, and the sandbox worker's with every run it reaped (as
bench_sandbox.py does). On a loaded machine the wall time says little; that CPU time, spread over the
cores, is what the same grading takes on idle ones.
"""

from __future__ import annotations

import argparse
import contextlib
import io
import json
import os
import random
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


def grade(submissions: Path, out: Path, *options: str) -> float:
    """Wall seconds of `quizzer grade` in a process of its own."""
    command = [sys.executable, "-m", "quizzer", "grade", str(submissions), "--out", str(out), *options]
    start = time.perf_counter()
    subprocess.run(command, check=False, stdout=subprocess.DEVNULL)
    return time.perf_counter() - start


def grade_here(submissions: Path, out: Path, *options: str) -> tuple[float, float, float]:
    """Wall seconds of `quizzer grade` run in this process, and the CPU seconds it took: this process's, and the
    sandbox worker's with the runs it reaped."""
    from bench_sandbox import tree_cpu_seconds, worker_pid

    from quizzer.cli import main as quizzer
    from quizzer.sandbox import run_code

    run_code("pass")  # the worker is up
    worker = worker_pid()
    before = tree_cpu_seconds(worker), time.process_time(), time.perf_counter()
    with contextlib.redirect_stdout(io.StringIO()), contextlib.redirect_stderr(io.StringIO()):
        try:
            quizzer(["grade", str(submissions), "--out", str(out), *options], standalone_mode=False)
        except SystemExit:
            pass
    after = tree_cpu_seconds(worker), time.process_time(), time.perf_counter()
    return after[2] - before[2], after[1] - before[1], after[0] - before[0]


def idle_estimate(grading_cpu: float, runs_cpu: float) -> float:
    """Seconds on idle cores: the grading process's own work one after the other, the runs CORES at a time."""
    return grading_cpu + runs_cpu / CORES


def timing(wall: float, grading_cpu: float, runs_cpu: float) -> str:
    return (f"{wall:.2f} s wall; CPU: {grading_cpu:.2f} s grading, {runs_cpu:.2f} s in the sandbox, so about "
            f"{idle_estimate(grading_cpu, runs_cpu):.2f} s on {CORES} idle cores")


def write_submissions(folder: Path, answers_of) -> None:
    folder.mkdir()
    for number, answers in enumerate(answers_of):
        (folder / f"s{number:04}.json").write_text(json.dumps({"student": f"s{number:04}", "answers": answers}))


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--students", type=int, default=1000)
    parser.add_argument("--writes", type=int, default=300)
    parser.add_argument("--writes-only", action="store_true", help="Skip (a).")
    args = parser.parse_args()

    from quizzer.bank import default_bank_path, load_bank

    bank = load_bank(default_bank_path())
    rng = random.Random(1)
    questions = [q for q in bank.questions if q.type != "write"]
    writes = [q for q in bank.questions if q.type == "write"]
    print(f"{os.cpu_count()} cores; load average {os.getloadavg()[0]:.1f} at the start")
    with tempfile.TemporaryDirectory() as folder:
        folder = Path(folder)
        if not args.writes_only:
            write_submissions(folder / "subs", ({q.id: random_answer(q, rng) for q in questions}
                                               for _ in range(args.students)))
            wall = grade(folder / "subs", folder / "out", "--no-cache")
            print(f"(a) {args.students} submissions x {len(questions)} questions, cold cache: {wall:.2f} s "
                  f"({1000 * wall / args.students:.2f} ms per submission; target < 5 s)")

        pools = {q.id: write_answer_pool(q) for q in writes}
        write_submissions(folder / "wclass", ({q.id: rng.choice(pools[q.id]) for q in writes}
                                             for _ in range(args.students)))
        distinct = sum(len(set(pool)) for pool in pools.values())
        wall, grading, runs = grade_here(folder / "wclass", folder / "wclass-out", "--no-cache")
        print(f"(b) {args.students} submissions x {len(writes)} write questions graded on their cases, answers "
              f"repeating ({distinct} distinct), nothing cached: {timing(wall, grading, runs)} (target < 10 s)")

        write_submissions(folder / "wdistinct", ({writes[number % len(writes)].id:
                                                   writes[number % len(writes)].solution + f"\n# answer {number}\n"}
                                                  for number in range(args.writes)))
        cache = ["--cache-dir", str(folder / "cache"), "--case-seed", "bench"]
        grade_here(folder / "wdistinct", folder / "wdistinct-warm", *cache)  # computes the reference reports
        wall, grading, runs = grade_here(folder / "wdistinct", folder / "wdistinct-out", *cache)
        print(f"(c) {args.writes} distinct write answers: {timing(wall, grading, runs)}: {args.writes / wall:.0f} "
              f"answers a second, about {args.writes / idle_estimate(grading, runs):.0f} on {CORES} idle cores "
              "(target >= 50)")
        print(f"load average {os.getloadavg()[0]:.1f} at the end")


if __name__ == "__main__":
    main()
