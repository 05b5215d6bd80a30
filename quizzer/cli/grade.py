"""`quizzer grade`: grade a class's submissions and write the gradebook, feedback and report."""

from __future__ import annotations

from pathlib import Path

import click

from quizzer.cli.options import bank_option, cache_options, write_output


@click.command("grade")
@click.argument("submissions", nargs=-1, required=True, type=click.Path(path_type=str))
@bank_option
@click.option("--pack", "pack_path", type=click.Path(dir_okay=False, path_type=str), default=None,
              help="The pack the students took: maps shuffled letters back and fixes the question list.")
@click.option("--out", "out_dir", type=click.Path(file_okay=False, path_type=Path), required=True,
              help="Folder for grades.csv, results.json, feedback/, errors.txt and report.html.")
@click.option("--format", "output_format", type=click.Choice(["standard", "gradescope"]), default="standard",
              help="gradescope: write Gradescope's autograder results.json for a single submission.")
@click.option("--jobs", type=click.IntRange(1, 64), default=None, help="Programs run at once (default: one per core).")
@click.option("--timeout", type=click.FloatRange(0.1, 600), default=10.0, show_default=True,
              help="Seconds a student's program (write answer) may run.")
@cache_options
def command(submissions, bank_path, pack_path, out_dir, output_format, jobs, timeout, cache):
    """Grade SUBMISSIONS (YAML, JSON or CSV files, or folders of them).

    A malformed submission is listed with its reason in errors.txt and on stderr, and the rest are
    still graded. Without --pack, the quiz is every question any submission answered. Every file is
    written atomically; the same input gives byte-identical files.
    Exit status: 0 all graded, 1 some submissions skipped (or none gradable), 2 usage error.
    """
    from quizzer.classroom.gradebook.batch import grade_batch
    from quizzer.classroom.submissions import read_submissions
    from quizzer.cli.options import load_bank_or_fail
    from quizzer.ui.progress_line import Progress

    bank = load_bank_or_fail(bank_path)
    pack = None
    if pack_path:
        from quizzer.classroom.packs import PackError, load_pack

        try:
            pack = load_pack(pack_path)
        except PackError as error:
            raise click.ClickException(str(error)) from None
    found, problems = read_submissions(submissions)
    if output_format == "gradescope" and len(found) + len(problems) != 1:
        raise click.UsageError("--format gradescope grades exactly one submission")
    progress = Progress("grading")
    try:
        batch = grade_batch(bank, found, pack=pack, cache=cache, jobs=jobs, progress=progress, problems=problems,
                            timeout=timeout)
    finally:
        progress.close()
    for problem in batch.problems:
        click.echo(f"skipped {problem}", err=True)
    if output_format == "gradescope":
        _write_gradescope(batch, out_dir)
    else:
        from quizzer.classroom.gradebook.analysis import item_analysis
        from quizzer.classroom.gradebook.outputs import write_outputs
        from quizzer.classroom.gradebook.report import render_report

        items = item_analysis(batch)
        report = render_report(batch, bank, items, title=pack.title if pack else "Quiz results")
        try:
            write_outputs(batch, bank, out_dir, report_html=report)
        except OSError as error:
            raise click.ClickException(f"cannot write the results to {out_dir}: {error.strerror or error}") from None
    click.echo(f"graded {len(batch.students)} submission(s), skipped {len(batch.problems)}; results in {out_dir}")
    if batch.problems or not batch.students:
        raise SystemExit(1)


def _write_gradescope(batch, out_dir: Path) -> None:
    from quizzer.classroom.gradebook.outputs import gradescope_json

    try:
        out_dir.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise click.ClickException(f"cannot create {out_dir}: {error.strerror or error}") from None
    if batch.students:
        text = gradescope_json(batch.students[0])
    else:  # the one submission was malformed: Gradescope still wants a results file saying why
        import json

        text = json.dumps({"score": 0, "output": str(batch.problems[0]), "tests": []}, indent=2, sort_keys=True) + "\n"
    write_output(out_dir / "results.json", text)
