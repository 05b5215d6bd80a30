"""`quizzer show ID`: one question rendered as a student sees it, optionally with its answer."""

from __future__ import annotations

import click

from quizzer.cli.options import bank_option, load_bank_or_fail, python_option, python_or_host


@click.command("show")
@click.argument("question_id", metavar="ID")
@bank_option
@click.option("--answer", is_flag=True, help="Also show the answer and the explanation.")
@python_option
def command(question_id, bank_path, answer, python):
    """Show the question ID as a student would see it (no answer unless --answer).

    A program's output is computed for the Python given with --python (default: the Python quizzer
    runs on), and the answer says which."""
    from quizzer.ui.printable import on_screen, printable
    from quizzer.ui.render import render_answer, render_question
    from quizzer.ui.style import styler

    bank = load_bank_or_fail(bank_path)
    question = bank.get(question_id)
    if question is None:
        import difflib

        close = difflib.get_close_matches(question_id, [q.id for q in bank.questions], n=3)
        hint = f"; did you mean {', '.join(close)}?" if close else ""
        raise click.UsageError(f"no question with id {question_id!r}{hint}")
    style = styler()
    # A shared bank's text, and what its program prints, reach the terminal as escapes, as on the quiz's screens.
    click.echo(on_screen(render_question(question, style=style)))
    if answer:
        python = python_or_host(python)
        if python not in question.versions:
            raise click.ClickException(f"question {question_id} is for Python {question.python}, not {python}: "
                                       f"name a version it is for with --python")
        expected = None
        if question.type == "predict":
            from quizzer.answers.keys import AnswerKeyError, expected_output

            try:
                expected = expected_output(question, python=python)
            except AnswerKeyError as error:   # what a shared bank's program said: its control characters escaped
                raise click.ClickException(printable(str(error))) from None
        click.echo()
        click.echo(on_screen(render_answer(question, expected, style=style, python=python)))
