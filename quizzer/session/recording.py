"""Every graded answer into the progress database, committed before the next question is shown."""

from __future__ import annotations

from datetime import datetime

import click

from quizzer.ui.words import counted


def open_progress(db_path: str | None):
    """The progress store at --db / $QUIZZER_DB / the XDG default; a click error if it cannot be used."""
    from quizzer.progress.location import database_path
    from quizzer.progress.store import ProgressError, ProgressStore

    try:
        return ProgressStore(database_path(db_path))
    except ProgressError as error:
        raise click.ClickException(str(error)) from None


def recorder(store, *, tell_next_review: bool, warn):
    """An `on_answer` for the runner: records the answer; returns when it is due again, if asked to.

    A failed write is reported with `warn` and the session goes on: losing the record of one
    answer is better than losing the learner's session.
    """
    from quizzer.progress.store import ProgressError

    def record(outcome):
        verdict = outcome.verdict
        try:
            card = store.record(outcome.item.question.id, outcome.item.question.topic, verdict.status,
                                float(verdict.points / verdict.max_points) if verdict.max_points else 0.0,
                                outcome.duration_ms)
        except ProgressError as error:
            warn(f"warning: this answer was not recorded: {error}")
            return None
        return f"Next review {when(card.due, card.last_review)}." if tell_next_review else None

    return record


def when(due: datetime, now: datetime) -> str:
    """`in 10 minutes`, `in 3 days`: how far ahead a review is, at the grain a learner plans by."""
    seconds = (due - now).total_seconds()
    for unit, size in (("day", 86400), ("hour", 3600), ("minute", 60)):
        if seconds >= size:
            count = round(seconds / size)
            return f"in {counted(count, unit)}"
    return "now"
