"""Which questions a practice session serves: due reviews first, then new questions from weak topics.

Due questions come most overdue first. New (never answered) questions follow, weakest topic first
by accuracy; a topic never answered counts as the weakest (accuracy 0). Within a topic, easier
questions come first, and ties are broken by the seeded random generator so that a seed repeats
a session exactly. Questions answered before and not yet due are not served.
"""

from __future__ import annotations

import random
from datetime import datetime


def practice_order(questions, cards: dict, accuracy: dict[str, float], now: datetime, count: int,
                   rng: random.Random) -> list:
    due = sorted((q for q in questions if q.id in cards and cards[q.id].card.due <= now),
                 key=lambda q: (cards[q.id].card.due, q.id))
    new = [q for q in questions if q.id not in cards]
    tie_breaks = {q.id: rng.random() for q in new}
    new.sort(key=lambda q: (accuracy.get(q.topic, 0.0), q.difficulty, tie_breaks[q.id]))
    return (due + new)[:count]


def next_due(questions, cards: dict) -> datetime | None:
    """When the earliest of these questions is due again, for a session that found nothing to serve."""
    dues = [cards[q.id].card.due for q in questions if q.id in cards]
    return min(dues) if dues else None
