"""`quizzer grade`: grade a class's submissions and write the gradebook, feedback and report."""

from __future__ import annotations

from pathlib import Path

import click

from quizzer.cli.options import (
    answer_timeout_option,
    bank_option,
    cache_options,
    jobs_option,
    load_pack_or_fail,
    python_option,
    python_or_host,
    visibility_options,
    write_output,
)
from quizzer.ui.printable import printable


class SandboxProblem(click.ClickException):
    """Students' programs cannot be run safely (no jail) or at all (the sandbox failed): exit status 3."""

    exit_code = 3


@click.command("grade")
@click.argument("submissions", nargs=-1, required=True, type=click.Path(path_type=str))
@bank_option
@click.option("--pack", "pack_path", type=click.Path(dir_okay=False, path_type=str), default=None, metavar="PACK",
              help="The pack the students took: maps each variant's letters back and fixes the question list.")
@click.option("--out", "out_dir", type=click.Path(file_okay=False, path_type=Path), required=True, metavar="DIR",
              help="Folder for grades.csv, results.json, feedback/, errors.txt and report.html.")
@click.option("--format", "output_format", type=click.Choice(["standard", "gradescope"]), default="standard",
              help="gradescope: Gradescope's autograder results.json for one submission (needs --pack).")
@visibility_options
@jobs_option
@answer_timeout_option
@python_option
@click.option("--trust-submissions", is_flag=True,
              help="Run students' programs even where the jail cannot be built (no bubblewrap, no user namespaces, "
                   "not Linux), with only the audit-hook policy between them and this machine.")
@click.option("--case-seed", default=None, metavar="SEED",
              help="Seed of the write questions' hidden cases (default: a fresh secret one, recorded in "
                   "results.json as case_seed; give it here to repeat a grading run).")
@cache_options
def command(submissions, bank_path, pack_path, out_dir, output_format, visibility, jobs, timeout, python,
            trust_submissions, case_seed, cache):
    """Grade SUBMISSIONS (YAML, JSON or CSV files, or folders of them).

    A submission is `student: NAME`, `answers: {question-id: answer}` and, for a quiz taken from a
    pack, `variant: NAME` (in a CSV: a `student` column, an optional `variant` column, one column
    per question id). Letters are the ones the student saw: grading a pack's submissions needs the
    pack (--pack), which maps each variant's letters back; without `variant`, the variant is the one
    holding every question answered. An answer that cannot be read scores 0 on its question and the
    rest is graded; a malformed submission is skipped. Both are listed in errors.txt and on stderr.
    Without --pack, the quiz is every question any submission answered. A write question with cases
    is graded case by case; its hidden cases draw their inputs from a secret seed picked for this run
    (see --case-seed). Every file is written atomically; the same input and --case-seed give
    byte-identical files.

    Students' programs (write answers) run in the sandbox's jail (see `quizzer doctor`); where it
    cannot be built, grade refuses to run them unless --trust-submissions is given. If the sandbox
    itself fails, even after a retry, on some students' answers while it runs the others, those
    answers are marked `ungraded` (no mark, not 0) in every file and listed on stderr; grading again
    grades them. If it fails on the bank's own programs or on every answer, nothing is written.

    Exit status: 0 all graded, 1 when errors.txt is not empty (or nothing was gradable), 2 usage error,
    3 the students' programs could not be run safely or at all (or some of them are not graded).
    """
    from quizzer.classroom.submissions import read_submissions
    from quizzer.cli.options import load_bank_or_fail

    gradescope = output_format == "gradescope"
    if not gradescope and visibility is not None:
        raise click.UsageError("--visibility, --answer-visibility and --stdout-visibility go with --format gradescope")
    if gradescope and not pack_path:
        raise click.UsageError("--format gradescope needs --pack: the pack fixes the questions and the maximum score")
    bank = load_bank_or_fail(bank_path)
    pack = load_pack_or_fail(pack_path) if pack_path else None
    found, problems = read_submissions(submissions)
    if pack is None:
        found, problems = _without_pack_variants(found, problems)
    if not trust_submissions and _has_programs(found, bank):
        _refuse_without_jail()
    if gradescope:
        from quizzer.classroom.gradebook.gradescope import Visibility

        _grade_for_gradescope(bank, pack, submissions, found, problems, out_dir, visibility or Visibility(), cache,
                              jobs, timeout, _version(python, pack), case_seed)
        return
    batch = _grade(bank, found, pack, problems, cache, jobs, timeout, _version(python, pack), case_seed)
    from quizzer.classroom.gradebook.analysis import item_analysis
    from quizzer.classroom.gradebook.outputs import write_outputs
    from quizzer.classroom.gradebook.report import render_report

    report = render_report(batch, bank, item_analysis(batch), title=pack.title if pack else "Quiz results")
    try:
        write_outputs(batch, bank, out_dir, report_html=report)
    except OSError as error:
        raise click.ClickException(f"cannot write the results to {out_dir}: {error.strerror or error}") from None
    skipped = sum(1 for problem in batch.problems if problem.skipped)
    click.echo(f"graded {len(batch.students)} submission(s), skipped {skipped}; results in {out_dir}")
    if batch.answer_faults:
        _report_ungraded(batch, out_dir)
    if batch.problems or not batch.students:
        raise SystemExit(1)



def _without_pack_variants(found, problems):
    """Without --pack, the submissions that name a pack's variant cannot be graded: their letters are that variant's.
    When every one does, the instructor forgot --pack (a usage error); otherwise those few are skipped with the
    reason, so that one student's `variant:` cannot stop the whole class's grading."""
    from quizzer.classroom.submissions import SubmissionProblem

    taken = [submission for submission in found if submission.variant is not None]
    if taken and len(taken) == len(found):
        raise click.UsageError(printable(f"{taken[0].source} was taken from a pack (variant {taken[0].variant}), so "
                                         "its letters are that variant's: grade it with --pack PACK.yaml"))
    skipped = [SubmissionProblem(submission.source, f"taken from a pack (variant {submission.variant}), so its "
                                 "letters are that variant's: grade it with --pack PACK.yaml") for submission in taken]
    return [submission for submission in found if submission.variant is None], problems + skipped

def _version(python, pack) -> str:
    """The Python version answers are graded for: --python, else the pack's, else the running one's."""
    return python_or_host(python or (pack.python if pack is not None else None))


def _grade(bank, found, pack, problems, cache, jobs, timeout, python, case_seed):
    from quizzer.classroom.gradebook.batch import grade_batch
    from quizzer.ui.progress_line import Progress

    progress = Progress("grading")
    try:
        batch = grade_batch(bank, found, pack=pack, cache=cache, jobs=jobs, progress=progress, problems=problems,
                            timeout=timeout, python=python, case_seed=case_seed)
    finally:
        progress.close()
    # A fault on the bank's own programs makes every mark on them wrong, and one on every answer says the machine
    # is broken (bwrap gone ...), not the answers: writing would put a broken run's files over good ones.
    if batch.key_faults or (batch.answer_faults and not batch.answers_run):
        _nothing_written(batch.key_faults + batch.answer_faults)
    for problem in batch.problems:
        click.echo(f"{'skipped' if problem.skipped else 'warning:'} {problem}", err=True)
    return batch


def _nothing_written(faults: list) -> None:
    raise SandboxProblem(f"the sandbox could not run {len(faults)} program(s), e.g. {faults[0]}; nothing written, "
                         "since those marks would be wrong: see `quizzer doctor`, then grade again")


def _report_ungraded(batch, out_dir) -> None:
    """The sandbox ran the class's other answers but not these: each is named, and the exit status says so."""
    from quizzer.classroom.gradebook.outputs import ungraded_lines

    for line in ungraded_lines(batch):
        click.echo(line, err=True)
    # The same seed draws the same hidden cases, so a regrade changes none of the marks already given.
    again = f" with --case-seed {batch.case_seed}" if batch.case_seed else ""
    raise SandboxProblem(f"the sandbox could not run {len(batch.answer_faults)} answer(s) even after a retry; they "
                         f"are marked `ungraded` (no mark, not 0) in {out_dir}, and every other answer is graded. "
                         f"Grade the same submissions again{again} to grade them; the others' marks stay the same")


def _has_programs(submissions, bank) -> bool:
    """Whether any submission answers a write question: a program of the student's to run."""
    for submission in submissions:
        for qid, answer in submission.answers.items():
            question = bank.get(qid)
            if question is not None and question.type == "write" and isinstance(answer, str) and answer.strip():
                return True
    return False


def _refuse_without_jail() -> None:
    from quizzer.sandbox import jail_status

    status = jail_status()
    if not status.active:
        raise SandboxProblem(f"refusing to run the students' programs without the sandbox's jail: {status.missing}; "
                             "or pass --trust-submissions to run them anyway")


def _grade_for_gradescope(bank, pack, paths, found, problems, out_dir, visibility, cache, jobs, timeout, python,
                          case_seed):
    """Exactly one submission, graded into results.json; anything else still writes a results.json saying why."""
    from quizzer.classroom.gradebook import gradescope
    from quizzer.classroom.submissions import submission_files

    reason = gradescope.submission_count_problem(paths, submission_files(paths), found, problems)
    batch = None
    if reason is None:
        batch = _grade(bank, found, pack, problems, cache, jobs, timeout, python, case_seed)
        if batch.answer_faults:
            # Gradescope shows the score at once and has no "not graded": one written without this answer would
            # read as the student's mark. Without a results.json, the autograder's fallback says the submission
            # could not be graded, for the instructor to re-run; and no other student waits on this one.
            _nothing_written(batch.answer_faults)
        if not batch.students:
            reason = str(batch.problems[0].reason)
    if reason is None:
        results = gradescope.student_results(batch.students[0], bank, visibility, title=pack.title,
                                             case_seed=batch.case_seed)
    else:
        results = gradescope.failed_results(reason, gradescope.pack_max_score(bank, pack), visibility,
                                            title=pack.title)
    try:
        out_dir.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise click.ClickException(f"cannot create {out_dir}: {error.strerror or error}") from None
    write_output(out_dir / "results.json", gradescope.to_json(results))
    click.echo(printable(f"wrote {out_dir / 'results.json'}: {results['score']} points"
                         + (f" (not graded: {reason})" if reason else "")))
    if reason is not None or (batch is not None and batch.problems):
        raise SystemExit(1)
