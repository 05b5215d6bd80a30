"""GIFT (https://docs.moodle.org/en/GIFT_format): Moodle's plain-text question format.

Each question is `::id::[markdown]text{answers}`, separated by blank lines. The characters
~ = # { } : and backslash are escaped with a backslash, and a newline inside text is written `\\n`
so code keeps its lines without starting a new question. predict becomes a short answer (`{=key}`)
whose key is the output on one line; write becomes an essay (`{}`), which is what it is (a write
question graded by cases lists its visible cases; Moodle does not run them: `quizzer grade` does).

GIFT cannot say everything a bank can, and what it cannot say is never exported as something else:
- a short question whose right answers are given only by a `pattern` would be an essay (`{}`): left
  out, with a warning;
- `->` in an answer makes Moodle read the question as a matching question: left out, with a warning;
- a short question with a `pattern` and `accept` answers keeps its `accept` answers (one warning);
- a short answer is always compared in any case: predict keys, which are case-sensitive, are
  accepted in any case by Moodle (one warning).
In a short-answer key, `*` (Moodle's wildcard) is escaped. The bank's prose is Markdown without the HTML Markdown
lets through (`quizzer.export.prose`), as in Moodle XML.
"""

from __future__ import annotations

from quizzer.export import PREDICT_INSTRUCTION, one_line_output
from quizzer.export.moodle import wildcard_escaped
from quizzer.export.prose import markdown_prose
from quizzer.ui.markdown import fenced
from quizzer.ui.render import case_lines

_SPECIAL = "\\~=#{}:"


def escape(text: str) -> str:
    escaped = "".join(f"\\{ch}" if ch in _SPECIAL else ch for ch in text)
    return escaped.replace("\n", "\\n")


def _fraction(value: float) -> str:
    return f"{value:.5f}".rstrip("0").rstrip(".")


def question_text(question) -> str:
    text = markdown_prose(question.prompt.strip())
    code = question.starter if question.type == "write" else question.code
    if code:
        text += "\n\n" + fenced(code.rstrip())
    if question.type == "predict":
        text += "\n\n" + PREDICT_INSTRUCTION
    if question.cases:
        head, *cases = case_lines(question)
        text += "\n\n" + markdown_prose(head) + "\n\n" + fenced("\n".join(case[2:] for case in cases))
    return text


def short_keys(question, expected: dict) -> list[str]:
    """The texts a short-answer GIFT question accepts."""
    if question.type == "predict":
        return [one_line_output(expected[question.id])]
    return list(question.accept)


def _answers(question, expected: dict) -> str:
    if question.type == "choice":
        return " ".join(("=" if c.correct else "~") + escape(markdown_prose(c.text.strip()))
                        + (f"#{escape(markdown_prose(c.feedback.strip()))}" if c.feedback else "")
                        for c in question.choices)
    if question.type == "multi":
        right = len(question.correct_letters)
        parts = []
        for choice in question.choices:
            weight = _fraction(100 / right) if choice.correct else _fraction(-100 / right)
            feedback = f"#{escape(markdown_prose(choice.feedback.strip()))}" if choice.feedback else ""
            parts.append(f"~%{weight}%{escape(markdown_prose(choice.text.strip()))}{feedback}")
        return " ".join(parts)
    if question.type == "truefalse":
        return "TRUE" if question.answer else "FALSE"
    if question.type in ("short", "predict"):
        return " ".join(f"={escape(wildcard_escaped(key))}" for key in short_keys(question, expected))
    return ""   # write: an essay


def _unexpressible(question, expected: dict) -> str | None:
    """Why GIFT cannot hold this question, or None."""
    if question.type == "short" and not question.accept:
        return ("its right answers are given only by a pattern, which GIFT cannot hold (it would be an essay): "
                "left out (use --format moodle-xml --moodle-regexp)")
    if question.type in ("short", "predict") and any("->" in key for key in short_keys(question, expected)):
        return "an answer holds `->`, which makes Moodle read it as a matching question: left out"
    return None


def to_gift(questions, expected: dict, *, warn=lambda text, left_out=False: None) -> str:
    blocks, patterns_dropped, any_case = [], [], []
    for question in questions:
        reason = _unexpressible(question, expected)
        if reason:
            warn(f"{question.source}: question {question.id}: {reason}", left_out=True)
            continue
        if question.type == "short" and question.pattern:
            patterns_dropped.append(question.id)
        if question.type == "predict" and any(ch.isalpha() for ch in one_line_output(expected[question.id])):
            any_case.append(question.id)
        feedback = f"####{escape(markdown_prose(question.explanation.strip()))}"
        blocks.append(f"// {question.topic}, {question.type}, difficulty {question.difficulty}\n"
                      f"::{escape(question.id)}::[markdown]{escape(question_text(question))}"
                      f"{{{_answers(question, expected)}{feedback}}}")
    if patterns_dropped:
        warn(f"{len(patterns_dropped)} short question(s) also accept answers matching a pattern, which GIFT cannot "
             f"hold: only their `accept` answers are exported: {', '.join(patterns_dropped)}")
    if any_case:
        warn(f"{len(any_case)} predict question(s) have case-sensitive keys, which GIFT cannot say: Moodle will "
             "accept their outputs in any case (--format moodle-xml keeps case)")
    return "\n\n".join(blocks) + "\n"
