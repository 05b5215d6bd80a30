"""`quizzer export`: questions as Moodle XML, GIFT or a Markdown handout with an answer key."""

from __future__ import annotations

from pathlib import Path

import click

from quizzer.cli.options import (
    bank_option,
    cache_options,
    python_option,
    python_or_host,
    selection_options,
    write_output,
)
from quizzer.ui.printable import printable


@click.command("export")
@click.option("--format", "fmt", type=click.Choice(["moodle-xml", "gift", "markdown"]), required=True,
              help="moodle-xml and gift import into Moodle and other LMSs; markdown is a printable handout.")
@bank_option
@selection_options
@click.option("--title", default="asyncio quiz", show_default=True, help="The handout's title (markdown).")
@click.option("--moodle-regexp", is_flag=True,
              help="moodle-xml: export short questions with a pattern as Moodle's regexp question type "
                   "(the qtype_regexp plugin) instead of leaving out those with only a pattern.")
@click.option("--out", "out_path", type=click.Path(dir_okay=False, path_type=Path), required=True,
              help="The file to write.")
@python_option
@cache_options
def command(fmt, bank_path, selection, title, moodle_regexp, out_path, python, cache):
    """Export the selected questions; predict answers are computed on the reference loop.

    Outputs are those of the Python given with --python (default: the Python quizzer runs on); the
    questions whose answer is a program's output say which version after their prompt, and
    questions for other versions are left out.

    moodle-xml writes prose in Moodle's markdown format and code as <pre><code>; gift writes
    [markdown] text. What a format cannot hold (a short answer given only by a pattern, `->` in a GIFT
    answer) is left out with a warning on stderr, one line each, never exported as another kind of
    question.
    """
    from quizzer.answers.keys import compute_answers
    from quizzer.cli.options import load_bank_or_fail
    from quizzer.export import export

    if moodle_regexp and fmt != "moodle-xml":
        raise click.UsageError("--moodle-regexp goes with --format moodle-xml")
    bank = load_bank_or_fail(bank_path)
    python = python_or_host(python)
    questions = [question for question in selection.apply(bank) if python in question.versions]
    if not questions:
        raise click.UsageError(f"no questions match the selection (for Python {python})")
    predicts = [q for q in questions if q.type == "predict"]
    expected = {}
    for question, computed in zip(predicts, compute_answers([q.code for q in predicts], cache=cache, python=python)):
        if computed.error is not None:
            raise click.ClickException(printable(f"{question.source}: question {question.id}: {computed.error}"))
        expected[question.id] = computed.answer
    warnings, omitted = [], []

    def warn(text, left_out=False):
        warnings.append(text)
        if left_out:
            omitted.append(text)

    write_output(out_path, export(questions, expected, fmt, title, moodle_regexp=moodle_regexp, warn=warn,
                                  python=python))
    for text in warnings:   # they name a shared bank's files: control characters escaped
        click.echo(printable(f"warning: {text}"), err=True)
    click.echo(f"wrote {len(questions) - len(omitted)} questions to {out_path} ({fmt})"
               + (f"; {len(omitted)} left out (see the warnings)" if omitted else ""))
