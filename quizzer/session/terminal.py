"""Reading the learner's lines and writing the session's text.

Questions, feedback and the summary go to stdout (they are the session's output); warnings to
stderr. Lines are read from stdin one at a time, so a piped script of answers works like a
person typing. When stdin is not a terminal nothing echoes what was read, so the session echoes
it itself, and a transcript of a piped run reads like one typed at a terminal.
"""

from __future__ import annotations

import sys

import click

from quizzer.ui.style import styler


class Terminal:
    def __init__(self, stdin=None):
        self.stdin = stdin or sys.stdin
        self.style = styler()
        self.interactive = hasattr(self.stdin, "isatty") and self.stdin.isatty()
        self.echo_input = not self.interactive

    def say(self, text: str = "") -> None:
        click.echo(text)

    def warn(self, text: str) -> None:
        click.echo(text, err=True)

    def read_line(self, prompt: str = "> ") -> str:
        """One line without its line ending; EOFError at end of input."""
        click.echo(self.style(prompt, bold=True), nl=False)
        line = self.stdin.readline()
        if not line:
            click.echo()  # end the prompt's line, so what follows starts cleanly
            raise EOFError
        line = line.rstrip("\r\n")
        if self.echo_input:
            click.echo(line)
        return line
