"""Counts of questions per topic, type, difficulty and tag: what `check` summarizes and `list --json` reports."""

from __future__ import annotations

from collections import Counter

from quizzer.bank.model import TYPES


def count(questions) -> dict:
    questions = list(questions)
    by_tag = Counter(tag for q in questions for tag in q.tags)
    return {
        "total": len(questions),
        "by_topic": dict(Counter(q.topic for q in questions)),
        "by_type": {t: n for t in TYPES if (n := sum(q.type == t for q in questions))},
        "by_difficulty": {str(d): n for d in (1, 2, 3) if (n := sum(q.difficulty == d for q in questions))},
        "by_tag": dict(sorted(by_tag.items())),
    }


def summary_line(questions) -> str:
    counts = count(questions)
    topics = ", ".join(f"{topic} {n}" for topic, n in counts["by_topic"].items())
    types = ", ".join(f"{t} {n}" for t, n in counts["by_type"].items())
    return f"{counts['total']} questions in {len(counts['by_topic'])} topics ({topics}); types: {types}"
