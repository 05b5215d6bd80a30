"""From a graded answer to the next review: the verdict becomes an FSRS rating, FSRS picks the due date.

The learner never rates themselves; the grader's verdict does: a wrong answer is a lapse (Again),
partial credit is a shaky recall (Hard), a right answer a normal recall (Good). Easy is never
given, because a right answer says nothing about how effortless it was.
"""

from __future__ import annotations

from datetime import datetime

RATING_FOR_STATUS = {"wrong": "Again", "partial": "Hard", "correct": "Good"}


def scheduler():
    """FSRS with its default parameters; no interval fuzzing, so the same answers give the same schedule."""
    from fsrs import Scheduler

    return Scheduler(enable_fuzzing=False)


def rating_for(status: str):
    from fsrs import Rating

    return Rating[RATING_FOR_STATUS[status]]


def new_card(card_id: int, now: datetime):
    from fsrs import Card

    # Pass the id: without one fsrs derives it from the clock and sleeps a millisecond.
    return Card(card_id=card_id, due=now)
