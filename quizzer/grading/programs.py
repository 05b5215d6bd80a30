"""Judging a write answer: running students' programs in the sandbox, then comparing what they print (an
output-only question) or what their entry point did on each case (a question with cases, see `cases`)."""

from __future__ import annotations

import sys

from quizzer.answers.keys import answer_from_result
from quizzer.bank.model import Question
from quizzer.grading import cases as case_grading
from quizzer.grading.compare import compare_output
from quizzer.grading.reports import parse_reports

# The note that shows how a write answer's output differs from the expected one (it shows that output).
OUTPUT_DIFFERS = "the output differs from what was asked:"


def run_answer_programs(codes: list[str], *, timeout: float = 10.0, jobs=None,
                        python: str | None = None) -> list[tuple]:
    """Run students' programs on the reference loop modelling Python `python` ("3.12"; default: the running
    one): (RunResult, note or None) for each.

    A correct answer may use an API the reference loop leaves out (a subprocess, say). Such a program
    is not wrong: it is run again on real asyncio (its own loop with the same fast-forwarded clock), of
    Python `python` when this machine has it, and judged by that run, with a note saying so; a note is
    given for exactly these runs.
    """
    from quizzer.sandbox import run_many

    runs = run_many(codes, loop="tiny", jobs=jobs, timeout=timeout, python=python)
    outside = [i for i, run in enumerate(runs) if run.outcome == "unsupported"]
    results = [(run, None) for run in runs]
    if outside:
        retried = run_many([codes[i] for i in outside], loop="asyncio-ff", jobs=jobs, timeout=timeout,
                           interpreter=real_asyncio_for(python))
        for index, run in zip(outside, retried):
            results[index] = (run, real_asyncio_note(runs[index].reason))
    return results


def judge_case_answers(answers: list[tuple], keys: dict, *, timeout: float = 10.0, jobs=None,
                       python: str | None = None, one_author: bool = False) -> list:
    """Run each (question, code) once on all the question's cases, on the reference loop modelling Python
    `python`; a CasesJudgement for each.

    `keys` maps question ids to the CaseKey of this grading run's seed. `one_author`: the answers are all from
    one author (a bank's starters, never students'), so they may share the sandbox's cells. Every answer of a batch runs with
    the same secret nonce, which its reports must carry. An answer that stops at an API the reference loop
    leaves out runs again on real asyncio, as in `run_answer_programs`. A run the sandbox itself could not do
    (`run.machinery_fault`) fails its cases with that reason; callers that grade must not record it.
    """
    from quizzer.sandbox import run_many

    nonce = case_grading.new_seed()
    programs = [case_grading.harness_program(question, code, list(keys[question.id].cases), nonce)
                for question, code in answers]
    runs = run_many(programs, loop="tiny", jobs=jobs, timeout=timeout, python=python, one_author=one_author)
    notes = [None] * len(runs)
    outside = {i: detail for i, run in enumerate(runs) if (detail := outside_the_reference_loop(run, nonce))}
    if outside:
        retried = run_many([programs[i] for i in outside], loop="asyncio-ff", jobs=jobs, timeout=timeout,
                           interpreter=real_asyncio_for(python), one_author=one_author)
        for (index, detail), run in zip(outside.items(), retried):
            notes[index] = real_asyncio_note(detail)
            runs[index] = run
    return [case_grading.judge(question, keys[question.id], run, nonce, note)
            for (question, _), run, note in zip(answers, runs, notes)]


def outside_the_reference_loop(run, nonce: str) -> str | None:
    """The refusal of a case run that stopped at an API the reference loop leaves out (it is then run again on
    real asyncio), or None."""
    return case_grading.unsupported_api(parse_reports(run.stdout, nonce)[0])


def real_asyncio_note(refusal: str | None) -> str:
    """What a student is told about an answer run on real asyncio because the loop refused `refusal`."""
    return (f"{_unsupported_api(refusal)} is outside the reference loop's subset, so your program was run on real "
            "asyncio instead")


def real_asyncio_for(python: str | None) -> str | None:
    """The interpreter that runs real asyncio for an answer graded for Python `python`: that version's when
    it is not the running one and this machine has it (None: the running interpreter)."""
    from quizzer.sandbox import interpreters

    if python is None or python == "%d.%d" % sys.version_info[:2]:
        return None
    found = interpreters.find(python)
    return found.executable if found is not None else None


def _unsupported_api(reason: str | None) -> str:
    """The API named by the loop's one-line refusal ("asyncio.to_thread is not supported by ..."): the word before
    the phrase. Not found with a regular expression: `(\\S+) is not supported` backtracks over every run of
    non-spaces, and a program names the API in its own refusal (`Unsupported("x" * 30_000 + " a")` cost the grader
    8 s, 200,000 characters minutes)."""
    before, phrase, _ = (reason or "").partition(" is not supported")
    words = before.split()
    return words[-1] if phrase and words else "an API it uses"


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

    Right means: it finished normally (its final record reached the sandbox: a program that ends with
    `os._exit()` did not), printed `expected_output` (compared like a predict answer) and, when the
    question sets `max_virtual_time`, took no more virtual time than that. `note` (from
    `run_answer_programs`) says the run was on real asyncio, and comes first in what the student is
    told. On real asyncio only the waits are skipped: while a thread works the loop's clock follows
    the real one, and the time is reported as such. A run the sandbox itself could not do
    (`run.machinery_fault`) is not judged; callers that grade must not record it (see `quizzer grade`).
    """
    notes = [] if note is None else [note]
    if run.machinery_fault is not None:
        return False, [*notes, f"not judged: the sandbox could not run your program ({run.machinery_fault})"]
    if run.outcome not in ("ok", "error"):
        return False, [*notes, f"your program did not finish: {stop_report(run)}"]
    if not run.finished:
        return False, [*notes, "your program did not finish: it ended without returning to the sandbox (os._exit() "
                               "or a signal), so its output and timing were not measured to the end"]

    produced = answer_from_result(run)
    comparison = compare_output(produced, expected_output)
    if not comparison.equal:
        notes.append(f"{OUTPUT_DIFFERS}\n{comparison.diff}")
    virtual_time = (run.stats or {}).get("virtual_time")
    limit = question.max_virtual_time
    if limit is not None and virtual_time is not None:
        verdict = "within" if virtual_time <= limit + 1e-9 else "more than"
        took = (f"{virtual_time:g} s of virtual time" if note is None else
                f"{virtual_time:.2f} s on real asyncio (waits skipped, threads in real time)")
        notes.append(f"it took {took}, {verdict} the {limit:g} s allowed")
        if virtual_time > limit + 1e-9:
            return False, notes
    return comparison.equal, notes
