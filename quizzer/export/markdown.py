"""A printable Markdown handout: numbered questions, then an answer key with the explanations."""

from __future__ import annotations

from quizzer.bank.model import letter
from quizzer.ui.render import HOW_TO_ANSWER, render_key


def to_markdown(questions, expected: dict, title: str) -> str:
    lines = [f"# {title}", ""]
    for number, question in enumerate(questions, 1):
        lines += [f"## {number}. {question.topic}, {question.type} (difficulty {question.difficulty})", "",
                  question.prompt.strip(), ""]
        code = question.starter if question.type == "write" else question.code
        if code:
            lines += ["```python", code.rstrip(), "```", ""]
        for index, choice in enumerate(question.choices):
            lines.append(f"{letter(index)}) {choice.text.strip()}")
        if question.choices:
            lines.append("")
        how = HOW_TO_ANSWER[question.type].replace("'.'", "`.`")  # the end-of-answer dot, as code in Markdown
        lines += [f"*{how}*", ""]
    lines += ["---", "", "# Answer key", ""]
    for number, question in enumerate(questions, 1):
        key = render_key(question, expected.get(question.id))
        if question.type in ("predict", "write"):
            lines += [f"**{number}.** ({question.id})", "", "```", key, "```", ""]
        else:
            lines += [f"**{number}.** ({question.id}) {key}", ""]
        lines += [question.explanation.strip(), ""]
    return "\n".join(lines).rstrip() + "\n"
