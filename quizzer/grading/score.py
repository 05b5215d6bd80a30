"""Scoring one answer to one question: the rules every command that grades shares.

- choice, truefalse: full points or none.
- short: an `accept` entry after case folding and whitespace collapsing, or a full match of `pattern`.
- multi: each right letter chosen earns 1/k of the points (k = number of right letters), each wrong
  letter costs 1/k, never below zero; `scoring: all-or-nothing` gives full points only for the exact set.
- predict: the output compared line by line, leniently where it is safe (see `compare_output`); with
  `partial: lines`, credit in proportion to the longest common subsequence of lines.
- write: the program's output and virtual time, judged by `judge_program_run` on a sandboxed run.
An empty answer scores zero and is reported as unanswered, not wrong.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from quizzer.bank.model import Question, bank_letter, letter_index
from quizzer.grading.compare import collapse_spaces, compare_output, lcs_length, normalize_text, output_lines
from quizzer.grading.parse import AnswerFormatError, is_blank, parse_letters, parse_truefalse, strip_quotes


@dataclass
class Verdict:
    points: float
    max_points: float
    status: str                 # "correct" | "partial" | "wrong" | "unanswered"
    rule: str | None = None     # which comparison rule matched, for lenient matches
    notes: list = field(default_factory=list)  # feedback lines: chosen options' feedback, diffs, reasons

    @property
    def correct(self) -> bool:
        return self.status == "correct"


def grade(question: Question, answer, *, expected_output: str | None = None, program_run=None,
          choice_order=None) -> Verdict:
    """Score `answer` to `question`.

    `expected_output` is the answer key of a predict question; `program_run` the sandboxed run of a
    write answer (see `judge_program_run`); `choice_order` maps shown letters back to the bank's
    choices when they were shuffled (shown position -> bank index).
    """
    if is_blank(answer):
        return Verdict(0, question.points, "unanswered")
    kind = question.type
    if kind in ("choice", "multi"):
        return _grade_letters(question, answer, choice_order)
    if kind == "truefalse":
        ok = parse_truefalse(answer) == question.answer
        return _all_or_nothing(question, ok)
    if kind == "short":
        return _grade_short(question, answer)
    if kind == "predict":
        return _grade_predict(question, answer, expected_output)
    if kind == "write":
        if program_run is None:
            raise ValueError("a write answer must be run before it is graded")
        ok, notes = program_run
        return _all_or_nothing(question, ok, notes)
    raise ValueError(f"unknown question type {kind}")


def _all_or_nothing(question: Question, ok: bool, notes=None) -> Verdict:
    points = question.points
    return Verdict(points if ok else 0, points, "correct" if ok else "wrong", notes=notes if notes is not None else [])


def _grade_letters(question: Question, answer, choice_order) -> Verdict:
    points = question.points
    shown = parse_letters(answer, question)
    # Feedback is labelled with the letters the student saw; scoring uses the bank's order.
    chosen = [bank_letter(c, choice_order) for c in shown]
    notes = [f"{label}) {question.choices[letter_index(c)].feedback}" for label, c in zip(shown, chosen)
             if question.choices[letter_index(c)].feedback]
    right = set(question.correct_letters)
    if question.type == "choice":
        if len(chosen) != 1:
            raise AnswerFormatError("answer with exactly one letter")
        return _all_or_nothing(question, chosen[0] in right, notes)
    if set(chosen) == right:
        return Verdict(points, points, "correct", notes=notes)
    if question.scoring == "all-or-nothing":
        return Verdict(0, points, "wrong", notes=notes)
    share = points / len(right)
    earned = max(0.0, share * (len(right & set(chosen)) - len(set(chosen) - right)))
    return Verdict(round(earned, 4), points, "partial" if earned > 0 else "wrong", notes=notes)


def _grade_short(question: Question, answer) -> Verdict:
    points = question.points
    # Students often quote code as they would in chat: `send` or "send" mean send.
    answer = strip_quotes(answer if isinstance(answer, str) else str(answer))
    given = normalize_text(answer)
    if any(given == normalize_text(accepted) for accepted in question.accept):
        return Verdict(points, points, "correct")
    if question.pattern and re.fullmatch(question.pattern, answer.strip(), re.IGNORECASE):
        return Verdict(points, points, "correct", rule="pattern")
    return Verdict(0, points, "wrong")


def _grade_predict(question: Question, answer, expected_output: str | None) -> Verdict:
    points = question.points
    if not isinstance(answer, str):
        raise AnswerFormatError(f"expected the program's output as text, got {answer!r}")
    if expected_output is None:
        raise ValueError("a predict question needs its expected output to be graded")
    comparison = compare_output(answer, expected_output)
    if comparison.equal:
        return Verdict(points, points, "correct", rule=comparison.rule)
    notes = [comparison.diff]
    if question.partial == "lines":
        expected_lines, given_lines = output_lines(expected_output), output_lines(answer)
        common = lcs_length([collapse_spaces(x) for x in expected_lines], [collapse_spaces(x) for x in given_lines])
        earned = round(points * common / max(len(expected_lines), len(given_lines), 1), 4)
        return Verdict(earned, points, "partial" if earned else "wrong", notes=notes)
    return Verdict(0, points, "wrong", notes=notes)
