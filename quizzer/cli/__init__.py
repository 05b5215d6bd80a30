"""The `quizzer` command: a click group whose subcommands live one per module in this package.

Subcommands are imported only when they are run (or when help lists them), and heavy modules
(yaml, the loop, the sandbox) are imported inside the commands, so `quizzer --help` starts fast.
"""

from __future__ import annotations

import importlib

import click

from quizzer import __version__

# command name -> module under quizzer.cli that defines `command`
COMMANDS = {
    "check": "check",
    "list": "listing",
    "show": "show",
    "run": "run",
    "quiz": "quiz",
    "practice": "practice",
    "stats": "stats",
    "grade": "grade",
    "pack": "pack",
    "new": "new",
    "schema": "schema",
    "export": "export",
    "autograder": "autograder",
    "doctor": "doctor",
}


class LazyGroup(click.Group):
    def list_commands(self, ctx):
        return list(COMMANDS)

    def get_command(self, ctx, name):
        module_name = COMMANDS.get(name)
        return None if module_name is None else importlib.import_module(f"quizzer.cli.{module_name}").command


@click.group(cls=LazyGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="quizzer")
def main():
    """An asyncio concept quiz and grading tool.

    Questions about coroutines, futures, tasks, the event loop and I/O; code-prediction
    answers are computed on a small reference event loop and checked against real asyncio.
    """
