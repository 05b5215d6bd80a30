"""Reading an answer for its question type: letters for choice and multi, true or false, quoted text.

Anything that cannot be read raises `AnswerFormatError` with a one-line reason (e.g. `z` for a
three-choice question); a blank answer is not an error, it is unanswered (`is_blank`).
"""

from __future__ import annotations

import re

from quizzer.bank.model import Question, letter


class AnswerFormatError(ValueError):
    """An answer that cannot be read for its question type (e.g. `z` for a three-choice question)."""


def strip_quotes(text: str) -> str:
    text = text.strip()
    while len(text) >= 2 and text[0] == text[-1] and text[0] in "`'\"":
        text = text[1:-1].strip()
    return text


def short_answer_readings(text: str) -> tuple[str, ...]:
    """The ways a short answer may be meant: as written, without the quotes students put around code as they would
    in chat (`send` or "send" mean send), and, when it ends a sentence, without its full stop or exclamation mark
    ("StopIteration." means StopIteration). Both are tried, so an answer whose stop belongs to it (`0.`) is still
    read as written."""
    written = strip_quotes(text)
    ended = strip_quotes(written[:-1]) if written[-1:] in (".", "!") else ""
    return (written, ended) if ended else (written,)


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


