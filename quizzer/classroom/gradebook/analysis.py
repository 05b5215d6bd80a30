"""Item analysis, as assessment platforms such as Moodle report it.

For each question, over the students who took it:
- **facility index**: the mean score on the item as a share of its points (0-100 %). Near 0 the
  item is very hard (or broken); near 100 very easy.
- **discrimination index**: the Pearson correlation (x100) between the score on the item and the
  score on the rest of the test (the total minus this item), so the item is not correlated with
  itself. A good item is positive: students who did well overall did well on it. A negative
  index means the strong students got it wrong more often than the weak ones, which usually
  points at a wrong key or a misleading wording.
- **option shares**: for choice and multi questions, the share of students who chose each option.
Questions are flagged when nobody got them right, or their discrimination is negative.
"""

from __future__ import annotations

import statistics
from dataclasses import dataclass, field

from quizzer.bank.model import letter


@dataclass
class ItemStats:
    question_id: str
    takers: int
    facility: float | None            # percent
    discrimination: float | None      # percent (correlation x 100), None when undefined
    option_shares: dict = field(default_factory=dict)   # letter -> percent
    flags: list = field(default_factory=list)


def pearson(xs: list[float], ys: list[float]) -> float | None:
    """The correlation of `xs` and `ys`; None when it is undefined (fewer than two takers, or no variance)."""
    try:
        return statistics.correlation(xs, ys)
    except statistics.StatisticsError:
        return None


def item_analysis(batch) -> list[ItemStats]:
    stats = []
    students = [(student.score, student.by_question()) for student in batch.students]
    for question in batch.questions:
        rows = []   # (item fraction, rest-of-test score, answer)
        for score, results in students:
            result = results.get(question.id)
            if result is None:
                continue
            fraction = result.verdict.points / result.verdict.max_points if result.verdict.max_points else 0.0
            rows.append((fraction, score - result.verdict.points, result.chosen_indexes if question.choices else []))
        item = ItemStats(question.id, len(rows), None, None)
        if rows:
            item.facility = round(100 * sum(r[0] for r in rows) / len(rows), 1)
            correlation = pearson([r[0] for r in rows], [r[1] for r in rows])
            item.discrimination = None if correlation is None else round(100 * correlation, 1)
            if question.choices:
                for index in range(len(question.choices)):
                    chosen = sum(1 for r in rows if index in r[2])
                    item.option_shares[letter(index)] = round(100 * chosen / len(rows), 1)
            if all(r[0] == 0 for r in rows):
                item.flags.append("nobody got it right")
            if item.discrimination is not None and item.discrimination < 0:
                item.flags.append("negative discrimination")
        stats.append(item)
    return stats
