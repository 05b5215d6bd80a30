"""Per-topic figures from the progress database: answers, accuracy, questions due now, current streak."""

from __future__ import annotations

from dataclasses import asdict, dataclass
from datetime import datetime


@dataclass(frozen=True)
class TopicMastery:
    topic: str
    questions: int      # questions of this topic in the bank (0 for a topic only the database knows)
    seen: int           # of those, questions answered at least once
    answered: int       # answers recorded
    accuracy: float     # mean score of those answers, 0..1 (partial credit counts in part)
    due: int            # questions whose review is due now
    streak: int         # right answers in a row, counting back from the latest

    def to_json(self) -> dict:
        return asdict(self)


def topic_accuracy(store) -> dict[str, float]:
    """Mean score per topic over every recorded answer; topics never answered are absent."""
    totals: dict[str, list[float]] = {}
    for review in store.reviews():
        totals.setdefault(review.topic, []).append(review.score)
    return {topic: sum(scores) / len(scores) for topic, scores in totals.items()}


def mastery(store, bank, now: datetime) -> list[TopicMastery]:
    """One row per topic of the bank, in bank order, then topics only the database knows."""
    reviews = store.reviews()
    cards = store.cards()
    topics = list(bank.topics) + sorted({r.topic for r in reviews} - set(bank.topics))
    rows = []
    for topic in topics:
        in_topic = [r for r in reviews if r.topic == topic]
        question_ids = {q.id for q in bank.questions if q.topic == topic}
        streak = 0
        for review in reversed(in_topic):
            if review.status != "correct":
                break
            streak += 1
        rows.append(TopicMastery(
            topic=topic,
            questions=len(question_ids),
            seen=len(question_ids & cards.keys()),
            answered=len(in_topic),
            accuracy=round(sum(r.score for r in in_topic) / len(in_topic), 4) if in_topic else 0.0,
            due=sum(1 for row in cards.values() if row.topic == topic and row.card.due <= now),
            streak=streak,
        ))
    return rows
