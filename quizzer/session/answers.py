"""Reading one answer: a line for letters, true/false and short text; several lines for output and code.

On the first line of any answer, `s` skips the question and `q` quits the session. A predict or
write answer is typed line by line and ends with a line holding only `.` (or at end of input);
with `--editor` it is written in $EDITOR instead, starting from the question's starter code.
Whether the text can be read as an answer (a letter that names a choice, ...) is the grader's
call; the runner asks again when it cannot.
"""

from __future__ import annotations

from dataclasses import dataclass

SKIP_WORDS = {"s", "skip"}
QUIT_WORDS = {"q", "quit"}
MULTILINE_TYPES = {"predict", "write"}


@dataclass(frozen=True)
class Response:
    action: str      # "answer", "skip" or "quit"
    text: str = ""


def read_response(terminal, question, *, editor: bool = False) -> Response:
    if question.type not in MULTILINE_TYPES:
        while True:
            line = terminal.read_line().strip()
            command = _command(line)
            if command or line:
                return command or Response("answer", line)
            terminal.say("Type an answer, s to skip or q to quit.")
    if editor:
        return _read_in_editor(terminal, question)
    while True:
        response = _read_lines(terminal)
        if response.action != "answer" or response.text.strip():
            return response
        terminal.say("That answer is empty: type the lines, then '.'; s skips, q quits.")


def _command(line: str) -> Response | None:
    word = line.strip().lower()
    return Response("skip") if word in SKIP_WORDS else Response("quit") if word in QUIT_WORDS else None


def _read_lines(terminal) -> Response:
    lines = []
    while True:
        try:
            line = terminal.read_line()
        except EOFError:
            if lines:
                break  # end of input finishes the answer; the next read ends the session
            raise
        if line.strip() == ".":
            break
        if not lines and _command(line):
            return _command(line)
        lines.append(line)
    return Response("answer", "\n".join(lines) + "\n")


def _read_in_editor(terminal, question) -> Response:
    import click

    command = _command(terminal.read_line("Press Enter to open your editor (s skips, q quits) "))
    if command:
        return command
    text = click.edit(question.starter if question.type == "write" else "", extension=".txt"
                      if question.type == "predict" else ".py", require_save=True)
    if text is None or not text.strip():
        terminal.say("The editor was closed without an answer: skipped.")
        return Response("skip")
    return Response("answer", text if text.endswith("\n") else text + "\n")
