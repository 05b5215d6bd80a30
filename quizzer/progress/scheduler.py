"""From a graded answer to the next review: the verdict becomes an FSRS rating, FSRS picks the due date.

The learner never rates themselves; the grader's verdict does: a right answer is a normal recall
(Good); a wrong answer is a lapse (Again), and so is partial credit: FSRS counts Hard as a successful
recall, but a learner who picked one right option of two and a wrong one did not recall the answer,
and must see the question again soon. Easy is never given, because a right answer says nothing about
how effortless it was.

The desired retention (the share of reviews FSRS aims to have recalled when they fall due; higher
means shorter intervals) is FSRS's 0.9 unless the learner chose another, which the progress
database keeps (`quizzer practice --retention`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:   # `quizzer --help` imports this module (for --retention's range): datetime only when needed
    from datetime import datetime

RATING_FOR_STATUS = {"wrong": "Again", "partial": "Again", "correct": "Good"}

DEFAULT_RETENTION = 0.9
# FSRS's advice: below 0.7 reviews come too rarely to keep anything, above 0.97 the workload explodes.
RETENTION_RANGE = (0.7, 0.97)


def scheduler(desired_retention: float = DEFAULT_RETENTION):
    """FSRS with its default parameters; no interval fuzzing, so the same answers give the same schedule."""
    from fsrs import Scheduler

    return Scheduler(desired_retention=desired_retention, enable_fuzzing=False)


def rating_for(status: str):
    from fsrs import Rating

    return Rating[RATING_FOR_STATUS[status]]


def new_card(card_id: int, now: datetime):
    from fsrs import Card

    # Pass the id: without one fsrs derives it from the clock and sleeps a millisecond.
    return Card(card_id=card_id, due=now)
