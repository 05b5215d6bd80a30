"""GIFT (https://docs.moodle.org/en/GIFT_format): Moodle's plain-text question format.

Each question is `::id::[markdown]text{answers}`, separated by blank lines. The characters
~ = # { } : and backslash are escaped with a backslash, and a newline inside text is written `\\n`
so code keeps its lines without starting a new question. predict becomes a short answer (`{=key}`)
whose key is the output on one line; write becomes an essay (`{}`).
"""

from __future__ import annotations

from quizzer.export import PREDICT_INSTRUCTION, one_line_output

_SPECIAL = "\\~=#{}:"


def escape(text: str) -> str:
    escaped = "".join(f"\\{ch}" if ch in _SPECIAL else ch for ch in text)
    return escaped.replace("\n", "\\n")


def _fraction(value: float) -> str:
    return f"{value:.5f}".rstrip("0").rstrip(".")


def question_text(question) -> str:
    text = question.prompt.strip()
    code = question.starter if question.type == "write" else question.code
    if code:
        text += "\n\n```\n" + code.rstrip() + "\n```"
    if question.type == "predict":
        text += "\n\n" + PREDICT_INSTRUCTION
    return text


def _answers(question, expected: dict) -> str:
    if question.type == "choice":
        return " ".join(("=" if c.correct else "~") + escape(c.text.strip())
                        + (f"#{escape(c.feedback.strip())}" if c.feedback else "") for c in question.choices)
    if question.type == "multi":
        right = len(question.correct_letters)
        parts = []
        for choice in question.choices:
            weight = _fraction(100 / right) if choice.correct else _fraction(-100 / right)
            feedback = f"#{escape(choice.feedback.strip())}" if choice.feedback else ""
            parts.append(f"~%{weight}%{escape(choice.text.strip())}{feedback}")
        return " ".join(parts)
    if question.type == "truefalse":
        return "TRUE" if question.answer else "FALSE"
    if question.type == "short":
        return " ".join(f"={escape(a)}" for a in question.accept)
    if question.type == "predict":
        return f"={escape(one_line_output(expected[question.id]))}"
    return ""


def to_gift(questions, expected: dict) -> str:
    blocks = []
    for question in questions:
        feedback = f"####{escape(question.explanation.strip())}"
        blocks.append(f"// {question.topic}, {question.type}, difficulty {question.difficulty}\n"
                      f"::{escape(question.id)}::[markdown]{escape(question_text(question))}"
                      f"{{{_answers(question, expected)}{feedback}}}")
    return "\n\n".join(blocks) + "\n"
