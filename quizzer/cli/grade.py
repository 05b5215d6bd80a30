"""`quizzer grade`: grade a class's submissions and write the gradebook, feedback and report."""

from __future__ import annotations

from pathlib import Path

import click

from quizzer.cli.options import (
    answer_timeout_option,
    bank_option,
    cache_options,
    jobs_option,
    python_option,
    python_or_host,
    visibility_options,
    write_output,
)


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
@cache_options
def command(submissions, bank_path, pack_path, out_dir, output_format, visibility, jobs, timeout, python, cache):
    """Grade SUBMISSIONS (YAML, JSON or CSV files, or folders of them).

    A submission is `student: NAME`, `answers: {question-id: answer}` and, for a quiz taken from a
    pack, `variant: NAME` (in a CSV: a `student` column, an optional `variant` column, one column
    per question id). Letters are the ones the student saw: grading a pack's submissions needs the
    pack (--pack), which maps each variant's letters back; without `variant`, the variant is the one
    holding every question answered. An answer that cannot be read scores 0 on its question and the
    rest is graded; a malformed submission is skipped. Both are listed in errors.txt and on stderr.
    Without --pack, the quiz is every question any submission answered. Every file is written
    atomically; the same input gives byte-identical files.

    Exit status: 0 all graded, 1 when errors.txt is not empty (or nothing was gradable), 2 usage error.
    """
    from quizzer.classroom.submissions import read_submissions
    from quizzer.cli.options import load_bank_or_fail

    gradescope = output_format == "gradescope"
    if not gradescope and visibility is not None:
        raise click.UsageError("--visibility, --answer-visibility and --stdout-visibility go with --format gradescope")
    if gradescope and not pack_path:
        raise click.UsageError("--format gradescope needs --pack: the pack fixes the questions and the maximum score")
    bank = load_bank_or_fail(bank_path)
    pack = _load_pack(pack_path) if pack_path else None
    found, problems = read_submissions(submissions)
    if pack is None:
        taken = next((s for s in found if s.variant is not None), None)
        if taken is not None:
            raise click.UsageError(f"{taken.source} was taken from a pack (variant {taken.variant}), so its letters "
                                   "are that variant's: grade it with --pack PACK.yaml")
    if gradescope:
        from quizzer.classroom.gradebook.gradescope import Visibility

        _grade_for_gradescope(bank, pack, submissions, found, problems, out_dir, visibility or Visibility(), cache,
                              jobs, timeout, python_or_host(python))
        return
    batch = _grade(bank, found, pack, problems, cache, jobs, timeout, python_or_host(python))
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
    if batch.problems or not batch.students:
        raise SystemExit(1)


def _load_pack(pack_path):
    from quizzer.classroom.packs import PackError, load_pack

    try:
        return load_pack(pack_path)
    except PackError as error:
        raise click.ClickException(str(error)) from None


def _grade(bank, found, pack, problems, cache, jobs, timeout, python):
    from quizzer.classroom.gradebook.batch import grade_batch
    from quizzer.ui.progress_line import Progress

    progress = Progress("grading")
    try:
        batch = grade_batch(bank, found, pack=pack, cache=cache, jobs=jobs, progress=progress, problems=problems,
                            timeout=timeout, python=python)
    finally:
        progress.close()
    for problem in batch.problems:
        click.echo(f"{'skipped' if problem.skipped else 'warning:'} {problem}", err=True)
    return batch


def _grade_for_gradescope(bank, pack, paths, found, problems, out_dir, visibility, cache, jobs, timeout, python):
    """Exactly one submission, graded into results.json; anything else still writes a results.json saying why."""
    from quizzer.classroom.gradebook import gradescope
    from quizzer.classroom.submissions import submission_files

    reason = gradescope.submission_count_problem(paths, submission_files(paths), found, problems)
    batch = None
    if reason is None:
        batch = _grade(bank, found, pack, problems, cache, jobs, timeout, python)
        if not batch.students:
            reason = str(batch.problems[0].reason)
    if reason is None:
        results = gradescope.student_results(batch.students[0], bank, visibility, title=pack.title)
    else:
        results = gradescope.failed_results(reason, gradescope.pack_max_score(bank, pack), visibility,
                                            title=pack.title)
    try:
        out_dir.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise click.ClickException(f"cannot create {out_dir}: {error.strerror or error}") from None
    write_output(out_dir / "results.json", gradescope.to_json(results))
    click.echo(f"wrote {out_dir / 'results.json'}: {results['score']} points"
               + (f" (not graded: {reason})" if reason else ""))
    if reason is not None or (batch is not None and batch.problems):
        raise SystemExit(1)
