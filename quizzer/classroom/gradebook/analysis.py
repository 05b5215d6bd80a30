"""Item analysis, as assessment platforms such as Moodle report it, and what a class got wrong.

For each question, over the students who took it (it was in their quiz):
- **answered / unanswered / right**: how many gave an answer, left it blank, got full points;
- **facility index**: the mean score on the item as a share of its points (0-100 %). Near 0 the
  item is very hard (or broken); near 100 very easy.
- **discrimination index**: the Pearson correlation (x100) between the score on the item and the
  score on the rest of the test (the total minus this item), so the item is not correlated with
  itself. A good item is positive: students who did well overall did well on it. A negative
  index means the strong students got it wrong more often than the weak ones, which usually
  points at a wrong key or a misleading wording.
- **option shares**: for choice and multi questions, the share of the students who answered that
  chose each option (by the bank's option, whatever letter each variant showed it with);
- **most common wrong outputs**: for predict questions, the wrong answers grouped (two answers are
  one group when they are the same lines once spacing is ignored), most common first, each with
  its share of the students who answered and the first line where it departs from the key. That is
  where a class's misconceptions show.
- **case facility**: for write questions graded by cases, the share of the answers that passed each
  case (a hidden case few pass while the visible ones pass is a case worth a look).
Questions are flagged when some answered and none got them right, or their discrimination is negative.
A student with an answer the sandbox could not run has no score yet, and is left out of every figure.
"""

from __future__ import annotations

import statistics
from dataclasses import dataclass, field

from quizzer.grading.compare import collapse_spaces, output_lines

WRONG_OUTPUTS_SHOWN = 5


@dataclass
class WrongOutput:
    text: str            # the answer, as the first student who gave it wrote it
    count: int
    share: float         # percent of the students who answered
    departs: str         # where it first departs from the key, e.g. "line 2: `child` where the key has `main`"


@dataclass
class ItemStats:
    question_id: str
    takers: int
    answered: int = 0
    right: int = 0
    facility: float | None = None            # percent
    discrimination: float | None = None      # percent (correlation x 100), None when undefined
    option_shares: dict = field(default_factory=dict)   # the bank's option index -> percent of those who answered
    wrong_outputs: list = field(default_factory=list)   # WrongOutput, most common first
    case_facility: list = field(default_factory=list)   # CaseFacility of each case, in order
    flags: list = field(default_factory=list)

    @property
    def unanswered(self) -> int:
        return self.takers - self.answered


def pearson(xs: list[float], ys: list[float]) -> float | None:
    """The correlation of `xs` and `ys`; None when it is undefined (fewer than two takers, or no variance)."""
    try:
        return statistics.correlation(xs, ys)
    except statistics.StatisticsError:
        return None


def item_analysis(batch) -> list[ItemStats]:
    stats = []
    students = [(student.score, student.by_question()) for student in batch.students if student.complete]
    for question in batch.questions:
        results = [(score, by_id[question.id]) for score, by_id in students if question.id in by_id]
        item = ItemStats(question.id, len(results))
        if results:
            _fill(item, question, results)
        stats.append(item)
    return stats


def _fill(item: ItemStats, question, results) -> None:
    fractions = [r.verdict.points / r.verdict.max_points if r.verdict.max_points else 0 for _, r in results]
    answered = [r for _, r in results if r.answer is not None]
    item.answered = len(answered)
    item.right = sum(1 for _, r in results if r.verdict.status == "correct")
    item.facility = round(float(100 * sum(fractions) / len(fractions)), 1)
    correlation = pearson([float(f) for f in fractions],
                          [float(score - r.verdict.points) for score, r in results])
    item.discrimination = None if correlation is None else round(100 * correlation, 1)
    if question.choices and answered:
        for index in range(len(question.choices)):
            chosen = sum(1 for r in answered if index in r.chosen_indexes)
            item.option_shares[index] = round(100 * chosen / len(answered), 1)
    if question.type == "predict":
        item.wrong_outputs = wrong_outputs(answered)
    item.case_facility = case_facility(answered)
    if answered and item.right == 0:
        item.flags.append("nobody got it right")
    if item.discrimination is not None and item.discrimination < 0:
        item.flags.append("negative discrimination")


def wrong_outputs(answered, shown: int = WRONG_OUTPUTS_SHOWN) -> list[WrongOutput]:
    """The most common wrong answers of a predict question, grouped, with where each departs from the key."""
    groups: dict[tuple, list] = {}
    for result in answered:
        if result.verdict.status == "correct" or not isinstance(result.answer, str):
            continue
        key = tuple(collapse_spaces(line) for line in output_lines(result.answer))
        groups.setdefault(key, []).append(result)
    ranked = sorted(groups.items(), key=lambda entry: (-len(entry[1]), entry[0]))[:shown]
    return [WrongOutput(members[0].answer.rstrip("\n"), len(members), round(100 * len(members) / len(answered), 1),
                        departure(list(lines), members[0].expected))
            for lines, members in ranked]


def departure(given: list[str], expected: str) -> str:
    """Where an answer's lines first differ from the key's, in words."""
    key = [collapse_spaces(line) for line in output_lines(expected)]
    for number, (mine, theirs) in enumerate(zip(given, key), 1):
        if mine != theirs:
            return f"line {number}: `{mine}` where the key has `{theirs}`"
    if len(given) < len(key):
        return f"line {len(given) + 1}: the answer stops where the key has `{key[len(given)]}`"
    return f"line {len(key) + 1}: the answer goes on with `{given[len(key)]}` where the key ends"


@dataclass(frozen=True)
class CaseFacility:
    number: int
    hidden: bool
    call: str | None      # the call of a visible case
    passed: float         # percent of the answers graded on their cases that passed it


def case_facility(answered) -> list[CaseFacility]:
    """For a write question graded by cases: the share of the answers that passed each case."""
    graded = [result.verdict.cases for result in answered if result.verdict.cases]
    if not graded:
        return []
    return [CaseFacility(case.number, case.hidden, case.call,
                         round(100 * sum(cases[index].passed for cases in graded) / len(graded), 1))
            for index, case in enumerate(graded[0])]
