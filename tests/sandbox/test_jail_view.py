"""What the jail's file system holds, read from the code: the worker and a run import nothing the jail lacks, and
the bubblewrap command binds no bank, submissions, answer cache or home folder."""

from pathlib import Path

from test_layering import IMPORTS

import quizzer
from quizzer.answers.cache import default_cache_dir
from quizzer.bank.locate import default_bank_path
from quizzer.sandbox import jail

# What runs inside the jail: the worker's module, and the program's process (which also imports the loops).
JAIL_ENTRY_POINTS = ("quizzer.sandbox.forkserver", "quizzer.sandbox.child")


def reachable(start: tuple[str, ...]) -> set[str]:
    seen, pending = set(), list(start)
    while pending:
        name = pending.pop()
        if name not in seen and name in IMPORTS:
            seen.add(name)
            pending += IMPORTS[name]
    return seen


def test_everything_the_jail_imports_is_in_the_jail():
    allowed = [f"quizzer.{part.removesuffix('.py')}" for part in jail.JAILED_PARTS if part != "__init__.py"]
    outside = sorted(name for name in reachable(JAIL_ENTRY_POINTS)
                     if name != "quizzer" and not any(name == part or name.startswith(part + ".") for part in allowed))
    assert outside == []


def binds(command: list[str]) -> list[tuple[str, str]]:
    return [(command[i + 1], command[i + 2]) for i, argument in enumerate(command)
            if argument in ("--bind", "--ro-bind", "--dev-bind")]


def test_the_jail_binds_read_only_and_no_bank_cache_or_home():
    command = jail.worker_command("bwrap", 3, {path: 10 + index for index, path in enumerate(jail.ETC_FILES)})
    assert "--bind" not in command and "--dev-bind" not in command
    sources = [Path(source) for source, _ in binds(command)]
    package = Path(quizzer.__file__).resolve().parent
    private = [default_bank_path().resolve(), default_cache_dir(), Path.home() / ".ssh", package / "question_bank",
               package / "cli", package / "answers"]
    assert [(place, source) for place in private for source in sources if place.is_relative_to(source)] == []
    assert {source for source in sources if source.is_relative_to(package)} == {
        package / part for part in jail.JAILED_PARTS}
