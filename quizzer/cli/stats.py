"""`quizzer stats`: per-topic mastery from the progress database, as a table with bars or as JSON."""

from __future__ import annotations

import click

from quizzer.cli.options import bank_option, db_option, emit_json, json_option, load_bank_or_fail
from quizzer.ui.printable import printable
from quizzer.ui.words import counted


@click.command("stats")
@bank_option
@db_option
@json_option
def command(bank_path, db_path, as_json):
    """Show your mastery per topic: answers, accuracy, questions due now and your current streak.

    Accuracy is the mean score of your answers (partial credit counts in part); a streak is the
    number of right answers in a row in the topic, counting back from the latest. Topics of the
    bank come first, then topics only your progress database knows (from another bank).

    With --json, prints {"topics": [...], "due": N, "answered": N}, each topic with topic, title,
    questions, seen, answered, accuracy (0..1), due and streak; keys sorted.
    """
    from quizzer.progress.mastery import mastery
    from quizzer.session.recording import open_progress
    from quizzer.ui.bars import bar, percent
    from quizzer.ui.style import styler

    bank = load_bank_or_fail(bank_path)
    store = open_progress(db_path)
    try:
        rows = mastery(store, bank, store.now())
    finally:
        store.close()
    if as_json:
        emit_json({"topics": [dict(row.to_json(), title=bank.title(row.topic)) for row in rows],
                   "answered": sum(row.answered for row in rows), "due": sum(row.due for row in rows)})
        return
    style = styler()
    names = [printable(bank.title(row.topic)) for row in rows]   # a shared bank's: control characters as escapes
    width = max(len("topic"), *map(len, names))
    click.echo(style(f"{'topic':<{width}}  {'seen':>7}  {'answered':>8}  {'accuracy':<27}  {'due':>3}  streak",
                     bold=True))
    for name, row in zip(names, rows):
        accuracy = f"{bar(row.accuracy)} {percent(row.accuracy)}" if row.answered else f"{'-':<27}"
        click.echo(f"{name:<{width}}  {f'{row.seen}/{row.questions}':>7}  {row.answered:>8}  {accuracy:<27}  "
                   f"{row.due:>3}  {row.streak:>6}")
    answered = sum(row.answered for row in rows)
    due = sum(row.due for row in rows)
    click.echo()
    click.echo(f"{counted(answered, 'answer')} recorded; {counted(due, 'question')} "
               "due now" + (" (run `quizzer practice`)." if due else "."))
