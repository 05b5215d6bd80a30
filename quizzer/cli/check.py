"""`quizzer check`: validate a bank and print a one-line summary."""

from __future__ import annotations

import click

from quizzer.cli.options import bank_option, emit_json, json_option


@click.command("check")
@bank_option
@json_option
def command(bank_path, as_json):
    """Validate a bank: every problem with its file, line and question id.

    Exit status: 0 valid, 1 invalid bank, 2 usage error.
    """
    from quizzer.bank import BankError, default_bank_path, load_bank
    from quizzer.bank.counts import count, summary_line

    path = bank_path or default_bank_path()
    try:
        bank = load_bank(path)
    except BankError as error:
        if as_json:
            emit_json({"ok": False, "problems": [_problem_json(p) for p in error.problems]})
        else:
            for problem in error.problems:
                click.echo(str(problem), err=True)
            click.echo(f"invalid bank: {len(error.problems)} problem(s)", err=True)
        raise SystemExit(1)
    if as_json:
        emit_json({"ok": True, "problems": [], "counts": count(bank.questions)})
    else:
        click.echo(f"ok: {summary_line(bank.questions)}")


def _problem_json(problem) -> dict:
    return {"file": problem.file, "line": problem.line, "question": problem.question_id,
            "message": problem.message}
