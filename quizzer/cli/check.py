"""`quizzer check`: validate a bank, run its programs on the reference loop, and print a one-line summary."""

from __future__ import annotations

import click

from quizzer.cli.options import (
    bank_option,
    cache_options,
    emit_json,
    jobs_option,
    json_option,
    python_option,
    python_or_host,
)


@click.command("check")
@bank_option
@click.option("--differential", is_flag=True,
              help="Also run every program on real asyncio and report where the two loops disagree.")
@click.option("--no-run", is_flag=True, help="Only validate the files; run no programs.")
@jobs_option
@python_option
@cache_options
@json_option
def command(bank_path, differential, no_run, jobs, python, cache, as_json):
    """Validate a bank and run its programs: every problem with its file, line and question id.

    Reports invalid fields, and for predict and write questions: programs that do not finish
    (timeout, sandbox refusal), nondeterministic output, a pinned `expected:` that no longer
    matches, a write solution that fails its own cases, and with --differential every divergence
    from real asyncio. Warns (without failing) about write questions graded by their output, whose
    expected output the prompt shows, or whose starter passes a case.
    Exit status: 0 valid, 1 invalid bank or findings, 2 usage error.
    """
    from quizzer.bank import BankError, default_bank_path, load_bank
    from quizzer.bank.counts import count, summary_line

    if differential and no_run:
        raise click.UsageError("--differential needs the programs to run; drop --no-run")
    path = bank_path or default_bank_path()
    try:
        bank = load_bank(path)
    except BankError as error:
        if as_json:
            emit_json({"ok": False, "problems": [_problem_json(p) for p in error.problems], "findings": []})
        else:
            for problem in error.problems:
                click.echo(str(problem), err=True)
            click.echo(f"invalid bank: {len(error.problems)} problem(s)", err=True)
        raise SystemExit(1) from None
    findings, warnings = [], []
    if not no_run:
        from quizzer.answers.verify import verify_programs, write_warnings
        from quizzer.ui.progress_line import Progress

        progress = Progress("running programs")
        try:
            findings = verify_programs(bank.questions, cache=cache, differential=differential, jobs=jobs,
                                       progress=progress, python=python_or_host(python))
        finally:
            progress.close()
        warnings = write_warnings(bank.questions, cache=cache, jobs=jobs, python=python_or_host(python))
    if as_json:
        emit_json({"ok": not findings, "problems": [], "findings": [f.to_json() for f in findings],
                   "warnings": [w.to_json() for w in warnings], "counts": count(bank.questions)})
    else:
        for warning in warnings:
            click.echo(f"warning: {warning}", err=True)
        for finding in findings:
            click.echo(str(finding), err=True)
    if findings:
        if not as_json:
            click.echo(f"check failed: {len(findings)} finding(s)", err=True)
        raise SystemExit(1)
    if not as_json:
        programs = sum(q.type in ("predict", "write") for q in bank.questions)
        ran = "" if no_run else f"; {programs} programs ran" + (" on both loops" if differential else "")
        click.echo(f"ok: {summary_line(bank.questions)}{ran}")


def _problem_json(problem) -> dict:
    return {"file": problem.file, "line": problem.line, "question": problem.question_id,
            "message": problem.message}
