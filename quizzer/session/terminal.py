"""Reading the learner's lines and writing the session's text.

Questions, feedback and the summary go to stdout (they are the session's output); warnings to
stderr. Both show control characters as escapes, but for line ends, tabs and colour (`on_screen`), so
what a shared bank's prompts and programs print cannot drive the learner's terminal. Lines are read
from stdin one at a time, so a piped script of answers works like a person typing. When stdin is not a
terminal nothing echoes what was read, so the session echoes it itself, and a transcript of a piped run
reads like one typed at a terminal.
"""

from __future__ import annotations

import sys

import click

from quizzer.ui.printable import on_screen
from quizzer.ui.style import styler


class Terminal:
    def __init__(self, stdin=None):
        self.stdin = stdin or sys.stdin
        self.style = styler()
        self.interactive = hasattr(self.stdin, "isatty") and self.stdin.isatty()
        self.echo_input = not self.interactive

    def say(self, text: str = "") -> None:
        click.echo(on_screen(text))

    def warn(self, text: str) -> None:
        click.echo(on_screen(text), err=True)

    def read_line(self, prompt: str = "> ") -> str:
        """One line without its line ending; EOFError at end of input."""
        click.echo(self.style(prompt, bold=True), nl=False)
        try:
            line = self.stdin.readline()
        except BaseException:  # Ctrl-C, or the interview's time running out, in the middle of a line
            self._abandon_line()
            raise
        if not line:
            click.echo()  # end the prompt's line, so what follows starts cleanly
            raise EOFError
        line = line.rstrip("\r\n")
        if self.echo_input:
            click.echo(line)
        return line

    def _abandon_line(self) -> None:
        """End the line being typed, and throw away what was typed on it but not yet sent.

        Otherwise what follows (Time is up.) runs on from the half-typed text, and that text, still
        in the terminal's input buffer, would go to the shell as a command once quizzer exits.
        """
        click.echo()
        if self.interactive:
            try:
                import termios

                termios.tcflush(self.stdin.fileno(), termios.TCIFLUSH)
            except (ImportError, OSError, ValueError):
                pass  # no terminal to flush (Windows, a closed stream): nothing to leave behind either
