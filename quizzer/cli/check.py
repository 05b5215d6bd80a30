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
              help="Also run every program on real asyncio of each Python version found, and report where "
                   "it and the reference loop disagree.")
@click.option("--no-run", is_flag=True, help="Only validate the files; run no programs.")
@jobs_option
@python_option
@click.option("--python-exe", "python_exes", multiple=True, metavar="PATH",
              type=click.Path(exists=True, dir_okay=False, path_type=str),
              help="A Python interpreter for --differential (repeatable); otherwise python3.X on PATH and "
                   "pyenv's installations are used.")
@cache_options
@json_option
def command(bank_path, differential, no_run, jobs, python, python_exes, cache, as_json):
    """Validate a bank and run its programs: every problem with its file, line and question id.

    Each program runs on the reference loop modelling every Python version its question is for
    (3.11, 3.12 and 3.13 unless the question says `python: ...`; only the one given with
    --python). Reports invalid fields, and for predict and write questions: programs that do not
    finish (timeout, sandbox refusal), nondeterministic output, a pinned `expected:` that no
    longer matches, a write solution that fails its own cases, output that differs between
    versions the question does not tell apart, and with --differential every divergence from
    real asyncio of the same version. Warns (without failing) about write questions graded by
    their output, whose expected output the prompt shows, or whose starter passes a case.
    Exit status: 0 valid, 1 invalid bank or findings, 2 usage error.
    """
    from quizzer.bank import BankError, default_bank_path, load_bank
    from quizzer.bank.counts import count, summary_line

    _check_usage(differential, no_run, python_exes)
    starting = None if no_run else _start_the_sandbox()
    path = bank_path or default_bank_path()
    try:
        bank = load_bank(path)
    except BankError as error:
        if starting is not None:
            starting.join()  # exiting while it starts the worker would end it with a traceback
        if as_json:
            emit_json({"ok": False, "problems": [_problem_json(p) for p in error.problems], "findings": []})
        else:
            for problem in error.problems:
                click.echo(str(problem), err=True)
            click.echo(f"invalid bank: {len(error.problems)} problem(s)", err=True)
        raise SystemExit(1) from None
    from quizzer.bank.pyversions import SUPPORTED, describe

    versions = (python,) if python else SUPPORTED
    findings, warnings, oracles = [], [], {}
    if not no_run:
        from quizzer.answers.verify import check_programs
        from quizzer.ui.progress_line import Progress

        if differential:
            oracles = _oracles(versions, python_exes, as_json)
        progress = Progress("running programs")
        try:
            findings, warnings = check_programs(bank.questions, cache=cache, differential=differential, jobs=jobs,
                                                progress=progress, versions=versions, oracles=oracles,
                                                warnings_on=python_or_host(python))
        finally:
            progress.close()
    if as_json:
        emit_json({"ok": not findings, "problems": [], "findings": [f.to_json() for f in findings],
                   "warnings": [w.to_json() for w in warnings], "counts": count(bank.questions),
                   "versions": list(versions),
                   "real_asyncio": {v: (o.release if o else None) for v, o in oracles.items()}})
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
        ran = "" if no_run else f"; {programs} programs ran on the reference loop modelling Python {describe(versions)}"
        compared = [o.release for o in oracles.values() if o is not None]
        if compared:
            ran += f" and on real asyncio of {describe(compared)}"
        click.echo(f"ok: {summary_line(bank.questions)}{ran}")


def _check_usage(differential, no_run, python_exes) -> None:
    """Usage errors (exit 2) come before any work."""
    if differential and no_run:
        raise click.UsageError("--differential needs the programs to run; drop --no-run")
    if python_exes and not differential:
        raise click.UsageError("--python-exe names an interpreter for --differential; add --differential")


def _start_the_sandbox():
    """Start the sandbox's worker now, in a thread: building the jail and starting its interpreter takes a few
    tenths of a second, which then pass while the bank is read instead of before the first run."""
    import threading

    from quizzer.sandbox import jail_status

    thread = threading.Thread(target=jail_status, name="quizzer-sandbox-start")
    thread.start()
    return thread


def _oracles(versions, explicit, quiet) -> dict:
    """version -> the real interpreter --differential compares with (None where this machine has none)."""
    from quizzer.sandbox import interpreters

    for path in explicit:
        if interpreters.probe(path) is None:
            raise click.UsageError(f"--python-exe {path} is not a Python interpreter that runs")
    found = {version: interpreters.find(version, explicit=tuple(explicit)) for version in versions}
    missing = [version for version, interpreter in found.items() if interpreter is None]
    if missing and not quiet:
        click.echo(f"note: no Python {' or '.join(missing)} found (python3.X on PATH, pyenv, --python-exe): "
                   "its answers are not compared with real asyncio", err=True)
    return found


def _problem_json(problem) -> dict:
    return {"file": problem.file, "line": problem.line, "question": problem.question_id,
            "message": problem.message}
