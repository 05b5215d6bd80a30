"""Judging a write answer: running students' programs in the sandbox and comparing what they print."""

from __future__ import annotations

from quizzer.answers.keys import answer_from_result
from quizzer.bank.model import Question
from quizzer.grading.compare import compare_output

# The note that shows how a write answer's output differs from the expected one (it shows that output).
OUTPUT_DIFFERS = "the output differs from what was asked:"


def run_answer_programs(codes: list[str], *, timeout: float = 10.0, jobs=None) -> list[tuple]:
    """Run students' programs on the reference loop: (RunResult, note or None) for each.

    A correct answer may use an API the reference loop leaves out (`asyncio.to_thread` to unblock
    the loop, say). Such a program is not wrong: it is run again on real asyncio (its own loop with
    the same fast-forwarded clock) and judged by that run, with a note saying so.
    """
    from quizzer.sandbox import run_many

    runs = run_many(codes, loop="tiny", jobs=jobs, timeout=timeout)
    outside = [i for i, run in enumerate(runs) if run.outcome == "unsupported"]
    results = [(run, None) for run in runs]
    if outside:
        retried = run_many([codes[i] for i in outside], loop="asyncio-ff", jobs=jobs, timeout=timeout)
        for index, run in zip(outside, retried):
            results[index] = (run, f"{runs[index].reason}; so it was run on real asyncio instead")
    return results


def stop_report(run) -> str:
    """Why the sandbox or the loop stopped a run, in full.

    `run.reason` is one line; a deadlock's report goes on with one line per waiting task (what each
    waits on), which is the part that tells a student where their program is stuck. The child prints
    the whole report last on stderr, starting with that line.
    """
    if not run.reason:
        return run.outcome
    start = run.stderr.rfind(run.reason)
    return run.stderr[start:].rstrip() if start >= 0 else run.reason


def judge_program_run(question: Question, run, expected_output: str, note: str | None = None) -> tuple[bool, list[str]]:
    """Whether a sandboxed run of a write answer is right, and what to tell the student.

    Right means: it finished normally, printed `expected_output` (compared like a predict answer) and,
    when the question sets `max_virtual_time`, took no more virtual time than that. `note` (from
    `run_answer_programs`) comes first in what the student is told.
    """
    if note is not None:
        ok, notes = judge_program_run(question, run, expected_output)
        return ok, [note, *notes]
    notes = []
    if run.outcome not in ("ok", "error"):
        return False, [f"your program did not finish: {stop_report(run)}"]

    produced = answer_from_result(run)
    comparison = compare_output(produced, expected_output)
    if not comparison.equal:
        notes.append(f"{OUTPUT_DIFFERS}\n{comparison.diff}")
    virtual_time = (run.stats or {}).get("virtual_time")
    limit = question.max_virtual_time
    if limit is not None and virtual_time is not None:
        verdict = "within" if virtual_time <= limit + 1e-9 else "more than"
        notes.append(f"it took {virtual_time:g} s of virtual time, {verdict} the {limit:g} s allowed")
        if virtual_time > limit + 1e-9:
            return False, notes
    return comparison.equal, notes
