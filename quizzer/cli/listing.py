"""`quizzer list`: the questions of a bank, filtered, as a table or as JSON."""

from __future__ import annotations

import click

from quizzer.cli.options import bank_option, emit_json, json_option, load_bank_or_fail, selection_options
from quizzer.ui.printable import printable


@click.command("list")
@bank_option
@selection_options
@json_option
def command(bank_path, selection, as_json):
    """List questions: id, topic, type, difficulty and tags.

    With --json, prints {"questions": [...], "counts": {...}} where each question has id, topic,
    type, difficulty, points, tags, file and line, and counts has total, by_topic, by_type,
    by_difficulty and by_tag.
    """
    from quizzer.bank.counts import count

    bank = load_bank_or_fail(bank_path)
    questions = selection.apply(bank)
    if as_json:
        emit_json({
            "questions": [{
                "id": q.id, "topic": q.topic, "type": q.type, "difficulty": q.difficulty, "points": q.points,
                "tags": list(q.tags), "file": q.source.file, "line": q.source.line,
            } for q in questions],
            "counts": count(questions),
        })
        return
    if not questions:
        click.echo("no questions match", err=True)
        return
    width = max(len(q.id) for q in questions)
    topic_width = max(len(q.topic) for q in questions)
    for q in questions:
        tags = printable(" ".join(q.tags))   # a shared bank's: its control characters as escapes
        click.echo(f"{q.id:<{width}}  {q.topic:<{topic_width}}  {q.type:<9}  {q.difficulty}  {tags}".rstrip())
