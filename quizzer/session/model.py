"""What a session asks (`Item`) and what came of it (`Outcome`)."""

from __future__ import annotations

from dataclasses import dataclass

from quizzer.bank.model import Question
from quizzer.grading.score import Verdict


@dataclass(frozen=True)
class Item:
    """A question as this session asks it."""

    question: Question
    expected: str | None = None              # answer key of predict and write questions
    choice_order: tuple[int, ...] | None = None  # shown position -> the bank's choice index, when shuffled
    python: str | None = None                # the Python version ("3.12") the answer key is for
    case_key: object = None                  # a write question with cases: the reference's CaseKey


@dataclass(frozen=True)
class Outcome:
    item: Item
    answer: str | None           # the answer as typed; None when skipped
    verdict: Verdict | None      # None when skipped
    duration_ms: int | None = None
    note: str | None = None      # e.g. when the question is due again

    @property
    def skipped(self) -> bool:
        return self.verdict is None
