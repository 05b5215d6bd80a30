"""Running commands in-process and the answers to the fixture bank's questions."""

import re
import sqlite3
from contextlib import closing

from click.testing import CliRunner

from quizzer.cli import main

from .conftest import GOOD_BANK

# question id -> (a right answer, a wrong answer), as typed at the prompt (unshuffled letters)
ANSWERS = {
    "tasks-start-order": ("b", "a"),
    "tasks-is-future": ("t", "f"),
    "tasks-order": ("main\nchild\n.", "child\nmain\n."),
    "futures-states": ("a,b", "c"),
    "futures-callback-method": ("add_done_callback", "call_soon"),
}

HEADING = re.compile(r"^Question \d+ of \d+.*\n(\S+)  \(", re.M)


def query(db_path, sql: str) -> list[tuple]:
    """The rows `sql` selects from the database at `db_path`, through a connection closed afterwards."""
    with closing(sqlite3.connect(db_path)) as connection:
        return connection.execute(sql).fetchall()


def run(*args, input=None):
    return CliRunner().invoke(main, [str(arg) for arg in args], input=input)


def asked_ids(output: str) -> list[str]:
    """The ids of the questions shown, in order."""
    return HEADING.findall(output.replace("-" * 8 + " ", ""))


def quiz_order(*args) -> list[str]:
    """The order a seeded quiz asks its questions in, found by skipping them all."""
    result = run("quiz", "--bank", GOOD_BANK, *args, input="s\n" * 10)
    assert result.exit_code == 0, result.output
    return asked_ids(result.stdout)
