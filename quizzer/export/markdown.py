"""A printable Markdown handout: numbered questions, then an answer key with the explanations.

It is read on paper (or as a rendered page): choices are a list, one option per item, and the
instructions say what to write down, not what to type in a terminal. The bank's prose is Markdown without the
HTML Markdown lets through (`quizzer.export.prose`): a page rendered from it runs no script of a shared bank's.
"""

from __future__ import annotations

from quizzer.bank.model import letter
from quizzer.export.prose import markdown_prose
from quizzer.ui.markdown import fenced
from quizzer.ui.render import PREDICT_ENDINGS, case_lines, render_key

PAPER_INSTRUCTIONS = {
    "choice": "Circle one letter.",
    "multi": "Circle every right letter (several may be right).",
    "truefalse": "Circle true or false.",
    "short": "Write a short answer.",
    "predict": "Write the exact output, line by line. " + PREDICT_ENDINGS,
    "write": "Write a complete program.",
}
# A write question graded by cases asks for a function or class, called on the cases listed.
PAPER_CASES = "Write the code asked for, with its imports; it is graded on the cases above and on hidden ones."


def _choice_items(question) -> list[str]:
    """Each option as a list item; an option of several lines keeps them, indented under its item."""
    return [f"- **{letter(index)})** " + markdown_prose(choice.text.strip()).replace("\n", "\n  ")
            for index, choice in enumerate(question.choices)]


def to_markdown(questions, expected: dict, title: str) -> str:
    lines = [f"# {title}", ""]
    for number, question in enumerate(questions, 1):
        lines += [f"## {number}. {question.topic}, {question.type} (difficulty {question.difficulty})", "",
                  markdown_prose(question.prompt.strip()), ""]
        code = question.starter if question.type == "write" else question.code
        if code:
            lines += [fenced(code.rstrip(), "python"), ""]
        if question.cases:
            head, *cases = case_lines(question)
            lines += [markdown_prose(head), "", fenced("\n".join(case[2:] for case in cases)), ""]
        if question.choices:
            lines += [*_choice_items(question), ""]
        lines += [f"*{PAPER_CASES if question.cases else PAPER_INSTRUCTIONS[question.type]}*", ""]
    lines += ["---", "", "# Answer key", ""]
    for number, question in enumerate(questions, 1):
        key = render_key(question, expected.get(question.id))
        if question.type in ("predict", "write"):
            lines += [f"**{number}.** ({question.id})", "", fenced(key), ""]
        elif question.choices:
            right = [f"**{letter(i)})** {markdown_prose(c.text.strip())}" for i, c in enumerate(question.choices)
                     if c.correct]
            lines += [f"**{number}.** ({question.id}) {'; '.join(right)}", ""]
        else:
            lines += [f"**{number}.** ({question.id}) {markdown_prose(key)}", ""]
        lines += [markdown_prose(question.explanation.strip()), ""]
    return "\n".join(lines).rstrip() + "\n"
