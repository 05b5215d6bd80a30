"""Converting questions for other tools: Moodle XML and GIFT (for an LMS) and a Markdown handout.

Every exporter takes the questions and a mapping `question id -> expected output` for predict
questions (computed on the reference loop), and returns the file's text. What a format cannot hold
is left out and reported through `warn(text, left_out=True)` (one line each), never exported as
something else; other losses are reported through `warn(text)`.

With `python` ("3.12"), the version the computed outputs are for, every question whose answer can depend on
the version (a program's output, or a question stated for some versions) says which, after its prompt.
"""

import dataclasses

FORMATS = ("moodle-xml", "gift", "markdown")


def export(questions, expected: dict, fmt: str, title: str = "asyncio quiz", *, moodle_regexp: bool = False,
           warn=lambda text, left_out=False: None, python: str | None = None) -> str:
    if python is not None:
        questions = [with_version_note(question, python) for question in questions]
    if fmt == "moodle-xml":
        from quizzer.export.moodle import to_moodle_xml

        return to_moodle_xml(questions, expected, regexp=moodle_regexp, warn=warn)
    if fmt == "gift":
        from quizzer.export.gift import to_gift

        return to_gift(questions, expected, warn=warn)
    if fmt == "markdown":
        from quizzer.export.markdown import to_markdown

        return to_markdown(questions, expected, title)
    raise ValueError(f"unknown export format {fmt}")


def with_version_note(question, python: str):
    """The question with `(Python 3.12)` after its prompt when its answer is a program's output, or with
    its own `python` specifier when it has one; unchanged otherwise."""
    if question.type in ("predict", "write"):
        note = f"(Python {python})"
    elif question.python:
        note = f"(Python {question.python})"
    else:
        return question
    return dataclasses.replace(question, prompt=f"{question.prompt.rstrip()}\n\n{note}\n")


def one_line_output(output: str) -> str:
    """A program's output as one line, for LMS short-answer fields: lines joined by ' | '."""
    from quizzer.grading.compare import output_lines

    return " | ".join(output_lines(output))


PREDICT_INSTRUCTION = ("Type the output on one line, separating the printed lines with ' | ' "
                       "(for example: first | second).")
