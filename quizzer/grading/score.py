"""Scoring one answer to one question: the rules every command that grades shares.

- choice, truefalse: full points or none.
- short: an `accept` entry after case folding and whitespace collapsing, or a full match of `pattern`.
- multi: each right letter chosen earns 1/k of the points (k = number of right letters), each wrong
  letter costs 1/k, never below zero; `scoring: all-or-nothing` gives full points only for the exact set.
- predict: the output compared line by line, leniently where it is safe (see `compare_output`); with
  `partial: lines`, credit in proportion to the longest common subsequence of lines.
- write: with cases, each case's share of the points when it passes (`grading.cases.judge`); an
  output-only write question, all or nothing on the program's output and virtual time (`judge_program_run`).
An empty answer scores zero and is reported as unanswered, not wrong. A write answer the sandbox itself could
not run has no score at all: it is "ungraded" (`ungraded`), neither a zero nor a pass.

Points are exact fractions (`fractions.Fraction`): a third of a point stays a third through every
sum, and is rounded once, where it is shown or written (`rounded`, `points_text`).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from fractions import Fraction

from quizzer.bank.answer_patterns import PatternTooSlow, full_match
from quizzer.bank.model import Question, bank_letter, letter_index
from quizzer.grading.compare import collapse_spaces, compare_output, lcs_length, normalize_text, output_lines
from quizzer.grading.parse import AnswerFormatError, is_blank, parse_letters, parse_truefalse, short_answer_readings


def exact(value) -> Fraction:
    """A number of points as an exact fraction: a bank's 0.1 is one tenth, not the nearest binary float."""
    return value if isinstance(value, Fraction) else Fraction(value if isinstance(value, int) else repr(value))


def rounded(value, places: int = 2) -> int | float:
    """Points (or a percentage) as a number to show or write: whole numbers exactly, others to `places` decimals."""
    value = exact(value)
    if value.denominator == 1:
        return int(value)
    return float(round(value, places))


def points_text(value) -> str:
    """`2`, `0.5`, `2.33`: points as they are printed."""
    return str(rounded(value))


@dataclass
class Verdict:
    points: Fraction            # exact; see `rounded` for showing them
    max_points: Fraction
    status: str                 # "correct" | "partial" | "wrong" | "unanswered" | "ungraded"
    rule: str | None = None     # which comparison rule matched, for lenient matches
    notes: list = field(default_factory=list)  # feedback lines: chosen options' feedback, diffs, reasons
    cases: tuple = ()           # a case-graded write answer: the CaseResult of each case, in order
    by_hand: str | None = None  # why no rule could mark the answer (scored 0 meanwhile): someone must look at it
    ungraded: str | None = None  # why the sandbox could not run the answer: it has no mark (its points are no score)

    @property
    def correct(self) -> bool:
        return self.status == "correct"


def grade(question: Question, answer, *, expected_output: str | None = None, program_run=None,
          choice_order=None) -> Verdict:
    """Score `answer` to `question`.

    `expected_output` is the answer key of a predict question; `program_run` the judged run of a write
    answer (a CasesJudgement, or `(ok, notes)` for an output-only question); `choice_order` maps shown
    letters back to the bank's
    choices when they were shuffled (shown position -> bank index).
    """
    if is_blank(answer):
        return Verdict(Fraction(0), exact(question.points), "unanswered")
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
        if getattr(program_run, "results", None) is not None:
            return _grade_cases(question, program_run)
        ok, notes = program_run
        return _all_or_nothing(question, ok, notes)
    raise ValueError(f"unknown question type {kind}")


def ungraded(question: Question, fault: str) -> Verdict:
    """A write answer the sandbox itself could not run, even after a retry: a fault of the machinery, never charged
    to the student, so the answer has no mark at all (status "ungraded") until a later grading run can run it."""
    return Verdict(Fraction(0), exact(question.points), "ungraded", notes=[NOT_GRADED.format(fault)], ungraded=fault)


# What an answer the sandbox could not run is marked with, everywhere it is written.
NOT_GRADED = "not graded: the sandbox could not run it ({})"


def _all_or_nothing(question: Question, ok: bool, notes=None) -> Verdict:
    points = exact(question.points)
    return Verdict(points if ok else Fraction(0), points, "correct" if ok else "wrong",
                   notes=notes if notes is not None else [])


def _grade_cases(question: Question, judgement) -> Verdict:
    points = exact(question.points)
    earned = sum((result.points for result in judgement.results), Fraction(0))
    status = "correct" if earned == points else "partial" if earned > 0 else "wrong"
    notes = [*judgement.notes, *(result.line() for result in judgement.results)]
    return Verdict(earned, points, status, notes=notes, cases=tuple(judgement.results))


def _grade_letters(question: Question, answer, choice_order) -> Verdict:
    points = exact(question.points)
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
        return Verdict(Fraction(0), points, "wrong", notes=notes)
    share = points / len(right)
    earned = max(Fraction(0), share * (len(right & set(chosen)) - len(set(chosen) - right)))
    return Verdict(earned, points, "partial" if earned > 0 else "wrong", notes=notes)


def _grade_short(question: Question, answer) -> Verdict:
    points = exact(question.points)
    readings = short_answer_readings(answer if isinstance(answer, str) else str(answer))
    accepted = {normalize_text(text) for text in question.accept}
    if any(normalize_text(reading) in accepted for reading in readings):
        return Verdict(points, points, "correct")
    if question.pattern:
        try:
            if any(full_match(question.pattern, reading) for reading in readings):
                return Verdict(points, points, "correct", rule="pattern")
        except PatternTooSlow as slow:
            reason = f"the question's pattern could not mark this answer: {slow}"
            return Verdict(Fraction(0), points, "wrong", notes=[f"Not marked: {reason}. Have it checked by hand."],
                           by_hand=reason)
    return Verdict(Fraction(0), points, "wrong")


def _grade_predict(question: Question, answer, expected_output: str | None) -> Verdict:
    points = exact(question.points)
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
        earned = points * common / max(len(expected_lines), len(given_lines), 1)
        return Verdict(earned, points, "partial" if earned else "wrong", notes=notes)
    return Verdict(Fraction(0), points, "wrong", notes=notes)
