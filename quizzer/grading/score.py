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

import ast
import re
from dataclasses import dataclass, field

from quizzer.bank.model import Question, letter


class AnswerFormatError(ValueError):
    """An answer that cannot be read for its question type (e.g. `z` for a three-choice question)."""


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


_SPACES = re.compile(r"\s+")


def normalize_text(text: str) -> str:
    return _SPACES.sub(" ", text).strip().casefold()


def strip_quotes(text: str) -> str:
    text = text.strip()
    while len(text) >= 2 and text[0] == text[-1] and text[0] in "`'\"":
        text = text[1:-1].strip()
    return text


def is_blank(answer) -> bool:
    return answer is None or (isinstance(answer, str) and not answer.strip()) or (
        isinstance(answer, (list, tuple)) and not answer)


def parse_letters(answer, question: Question) -> list[str]:
    """Letters from `a`, `a,c`, `a c`, `A, C` or a list; each must name one of the choices."""
    if isinstance(answer, (list, tuple)):
        parts = [str(part) for part in answer]
    elif isinstance(answer, str):
        parts = [part for part in re.split(r"[\s,;]+", answer.strip()) if part]
    else:
        raise AnswerFormatError(f"expected letters, got {answer!r}")
    valid = [letter(i) for i in range(len(question.choices))]
    letters = []
    for part in parts:
        part = part.strip().lower().rstrip(")")
        if part not in valid:
            raise AnswerFormatError(f"{part!r} is not one of the choices {', '.join(valid)}")
        if part not in letters:
            letters.append(part)
    return letters


_TRUE = {"t", "true", "yes", "y"}
_FALSE = {"f", "false", "no", "n"}


def parse_truefalse(answer) -> bool:
    if isinstance(answer, bool):
        return answer
    if isinstance(answer, str) and answer.strip().lower() in _TRUE | _FALSE:
        return answer.strip().lower() in _TRUE
    raise AnswerFormatError(f"expected true or false, got {answer!r}")


def grade(question: Question, answer, *, expected_output: str | None = None, program_run=None,
          choice_order=None) -> Verdict:
    """Score `answer` to `question`.

    `expected_output` is the answer key of a predict question; `program_run` the sandboxed run of a
    write answer (see `judge_program_run`); `choice_order` maps shown letters back to the bank's
    choices when they were shuffled (shown position -> bank index).
    """
    points = question.points
    if is_blank(answer):
        return Verdict(0, points, "unanswered")
    kind = question.type
    if kind in ("choice", "multi"):
        shown = parse_letters(answer, question)
        # Feedback is labelled with the letters the student saw; scoring uses the bank's order.
        chosen = [letter(choice_order[ord(c) - ord("a")]) for c in shown] if choice_order is not None else shown
        notes = [f"{label}) {question.choices[ord(c) - ord('a')].feedback}" for label, c in zip(shown, chosen)
                 if question.choices[ord(c) - ord("a")].feedback]
        right = set(question.correct_letters)
        if kind == "choice":
            if len(chosen) != 1:
                raise AnswerFormatError("answer with exactly one letter")
            return Verdict(points if chosen[0] in right else 0, points,
                           "correct" if chosen[0] in right else "wrong", notes=notes)
        if set(chosen) == right:
            return Verdict(points, points, "correct", notes=notes)
        if question.scoring == "all-or-nothing":
            return Verdict(0, points, "wrong", notes=notes)
        share = points / len(right)
        earned = max(0.0, share * (len(right & set(chosen)) - len(set(chosen) - right)))
        return Verdict(round(earned, 4), points, "partial" if earned > 0 else "wrong", notes=notes)
    if kind == "truefalse":
        ok = parse_truefalse(answer) == question.answer
        return Verdict(points if ok else 0, points, "correct" if ok else "wrong")
    if kind == "short":
        # Students often quote code as they would in chat: `send` or "send" mean send.
        answer = strip_quotes(answer if isinstance(answer, str) else str(answer))
        given = normalize_text(answer)
        if any(given == normalize_text(accepted) for accepted in question.accept):
            return Verdict(points, points, "correct")
        if question.pattern and re.fullmatch(question.pattern, answer.strip(), re.IGNORECASE):
            return Verdict(points, points, "correct", rule="pattern")
        return Verdict(0, points, "wrong")
    if kind == "predict":
        if not isinstance(answer, str):
            raise AnswerFormatError(f"expected the program's output as text, got {answer!r}")
        if expected_output is None:
            raise ValueError("a predict question needs its expected output to be graded")
        comparison = compare_output(answer, expected_output)
        if comparison.equal:
            return Verdict(points, points, "correct", rule=comparison.rule)
        notes = [comparison.diff]
        if question.partial == "lines":
            expected_lines, given_lines = _lines(expected_output), _lines(answer)
            common = lcs_length([_line_key(x) for x in expected_lines], [_line_key(x) for x in given_lines])
            earned = round(points * common / max(len(expected_lines), len(given_lines), 1), 4)
            return Verdict(earned, points, "partial" if earned else "wrong", notes=notes)
        return Verdict(0, points, "wrong", notes=notes)
    if kind == "write":
        if program_run is None:
            raise ValueError("a write answer must be run before it is graded")
        ok, notes = program_run
        return Verdict(points if ok else 0, points, "correct" if ok else "wrong", notes=notes)
    raise ValueError(f"unknown question type {kind}")


@dataclass(frozen=True)
class Comparison:
    equal: bool
    rule: str | None   # None for an exact match (ignoring trailing whitespace and blank lines)
    diff: str          # a unified diff when not equal


def _lines(text: str) -> list[str]:
    lines = [line.rstrip() for line in text.replace("\r\n", "\n").split("\n")]
    while lines and not lines[-1]:
        lines.pop()
    return lines


def _collapse(line: str) -> str:
    return _SPACES.sub(" ", line).strip()


def _literal(line: str):
    """The value of a line that is a Python literal, or a sentinel when it is not one."""
    try:
        return ("literal", ast.literal_eval(line.strip()))
    except (ValueError, SyntaxError, TypeError, MemoryError, RecursionError):
        return ("text", line)


def _line_key(line: str):
    return _collapse(line)


def compare_output(given: str, expected: str) -> Comparison:
    """Compare a student's predicted output to the expected one, as a teacher would.

    Trailing whitespace and trailing blank lines never matter. If the lines still differ, two lenient
    rules are tried in turn, and the one that made them equal is named: whitespace inside a line
    collapsed (`a  b` = `a b`), then lines that are Python literals compared by value (`[1,2]` = `[1, 2]`).
    """
    given_lines, expected_lines = _lines(given), _lines(expected)
    if given_lines == expected_lines:
        return Comparison(True, None, "")
    if len(given_lines) == len(expected_lines):
        collapsed = [_collapse(g) == _collapse(e) for g, e in zip(given_lines, expected_lines)]
        if all(collapsed):
            return Comparison(True, "whitespace inside lines collapsed", "")
        if all(same or _literal(g) == _literal(e) and _literal(e)[0] == "literal"
               for same, g, e in zip(collapsed, given_lines, expected_lines)):
            return Comparison(True, "lines compared as Python values", "")
    return Comparison(False, None, output_diff(given_lines, expected_lines))


def output_diff(given_lines: list[str], expected_lines: list[str]) -> str:
    import difflib

    return "\n".join(difflib.unified_diff(expected_lines, given_lines, "expected", "your answer", lineterm="", n=2))


def lcs_length(a: list, b: list) -> int:
    previous = [0] * (len(b) + 1)
    for x in a:
        current = [0]
        for j, y in enumerate(b):
            current.append(previous[j] + 1 if x == y else max(previous[j + 1], current[j]))
        previous = current
    return previous[-1]


def run_answer_programs(codes: list[str], *, timeout: float = 10.0, jobs=None) -> list[tuple]:
    """Run students' programs on the reference loop: (RunResult, note or None) for each.

    A correct answer may use an API the reference loop leaves out (`asyncio.to_thread` to unblock
    the loop, say). Such a program is not wrong: it is run again on real asyncio (its own loop with
    the same fast-forwarded clock) and judged by that run, with a note saying so.
    """
    from quizzer.sandbox import run_many

    runs = run_many(codes, loop="tiny", jobs=jobs, timeout=timeout)
    outside = [i for i, run in enumerate(runs) if run.outcome == "unsupported"]
    results = [(run, None) for run in runs]
    if outside:
        retried = run_many([codes[i] for i in outside], loop="asyncio-ff", jobs=jobs, timeout=timeout)
        for index, run in zip(outside, retried):
            results[index] = (run, f"{runs[index].reason}; so it was run on real asyncio instead")
    return results


def judge_program_run(question: Question, run, expected_output: str, note: str | None = None) -> tuple[bool, list[str]]:
    """Whether a sandboxed run of a write answer is right, and what to tell the student.

    Right means: it finished normally, printed `expected_output` (compared like a predict answer) and,
    when the question sets `max_virtual_time`, took no more virtual time than that. `note` (from
    `run_answer_programs`) comes first in what the student is told.
    """
    if note is not None:
        ok, notes = judge_program_run(question, run, expected_output)
        return ok, [note, *notes]
    notes = []
    if run.outcome not in ("ok", "error"):
        return False, [f"your program did not finish: {run.reason or run.outcome}"]
    from quizzer.answers.keys import answer_from_result

    produced = answer_from_result(run)
    comparison = compare_output(produced, expected_output)
    if not comparison.equal:
        notes.append("the output differs from what was asked:\n" + comparison.diff)
    virtual_time = (run.stats or {}).get("virtual_time")
    limit = question.max_virtual_time
    if limit is not None and virtual_time is not None:
        verdict = "within" if virtual_time <= limit + 1e-9 else "more than"
        notes.append(f"it took {virtual_time:g} s of virtual time, {verdict} the {limit:g} s allowed")
        if virtual_time > limit + 1e-9:
            return False, notes
    return comparison.equal, notes
