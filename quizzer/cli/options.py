"""Options shared by several commands, defined once: --bank, --json, --seed and the selection filters."""

from __future__ import annotations

import functools

import click

from quizzer.bank.model import TYPES

bank_option = click.option(
    "--bank", "bank_path", type=click.Path(dir_okay=True, file_okay=True, path_type=str), default=None,
    help="A bank file or a folder of .yaml files (default: the bundled bank).")

json_option = click.option("--json", "as_json", is_flag=True, help="Print machine-readable JSON on stdout.")

seed_option = click.option("--seed", type=int, default=None, metavar="SEED",
                           help="Seed for every random choice, so a run can be repeated exactly.")

jobs_option = click.option("--jobs", type=click.IntRange(1, 64), default=None, metavar="N",
                           help="Programs run at once (default: 2 per core; 5 per core for check).")

answer_timeout_option = click.option("--timeout", type=click.FloatRange(0.1, 600), default=10.0, show_default=True,
                                     metavar="SECONDS", help="Seconds a student's program (write answer) may run.")


def selection_options(function):
    """--topic, --type, --difficulty and --tag: each may be repeated; questions must match all given filters."""
    decorators = [
        click.option("--topic", "topics", multiple=True, metavar="TOPIC", help="Only this topic (repeatable)."),
        click.option("--type", "types", multiple=True, type=click.Choice(TYPES), metavar="TYPE",
                     help=f"Only this type: {', '.join(TYPES)} (repeatable)."),
        click.option("--difficulty", "difficulties", multiple=True, type=click.IntRange(1, 3), metavar="N",
                     help="Only this difficulty: 1 easy, 2 medium, 3 hard (repeatable)."),
        click.option("--tag", "tags", multiple=True, metavar="TAG", help="Only questions with this tag (repeatable)."),
    ]
    for decorator in reversed(decorators):
        function = decorator(function)

    @functools.wraps(function)
    def wrapper(*args, topics, types, difficulties, tags, **kwargs):
        selection = Selection(topics, types, difficulties, tags)
        return function(*args, selection=selection, **kwargs)

    return wrapper


class Selection:
    """Filters over a bank; an empty filter lets everything through."""

    def __init__(self, topics=(), types=(), difficulties=(), tags=()):
        self.topics, self.types, self.difficulties, self.tags = set(topics), set(types), set(difficulties), set(tags)

    def matches(self, question) -> bool:
        return ((not self.topics or question.topic in self.topics)
                and (not self.types or question.type in self.types)
                and (not self.difficulties or question.difficulty in self.difficulties)
                and (not self.tags or self.tags <= set(question.tags)))

    def apply(self, bank) -> list:
        unknown = self.topics - set(bank.topics)
        if unknown:
            raise click.UsageError(f"unknown topic {', '.join(sorted(unknown))}; "
                                   f"the bank has: {', '.join(bank.topics)}")
        return [q for q in bank.questions if self.matches(q)]


def load_bank_or_fail(bank_path):
    """Load the bank, turning its problems into a click error (exit 1) with one line per problem."""
    from quizzer.bank import BankError, default_bank_path, load_bank

    try:
        return load_bank(bank_path or default_bank_path())
    except BankError as error:
        raise click.ClickException(str(error)) from None


def load_pack_or_fail(pack_path):
    """Load a pack, turning its problem into a click error (exit 1). Grading with a practice pack (it carries
    salted hashes of its answers, so its holders can find them) gets a warning on stderr."""
    from quizzer.classroom.packs import PackError, load_pack, practice_pack_warning
    from quizzer.ui.printable import printable

    try:
        pack = load_pack(pack_path)
    except PackError as error:
        raise click.ClickException(str(error)) from None
    if pack.salt:
        click.echo(printable(practice_pack_warning(pack_path)), err=True)
    return pack


def emit_json(data) -> None:
    """Stable JSON: sorted keys, two-space indent, a final newline."""
    import json

    click.echo(json.dumps(data, indent=2, sort_keys=True, ensure_ascii=False))


def cache_options(function):
    """--cache-dir and --no-cache, turned into a `cache` argument (a quizzer.answers.cache.KeyCache)."""
    decorators = [
        click.option("--cache-dir", type=click.Path(file_okay=False, path_type=str), default=None, metavar="DIR",
                     help="Where computed answer keys are cached (default: $XDG_CACHE_HOME/quizzer).")
        , click.option("--no-cache", is_flag=True, help="Compute every answer key afresh; read and write no cache."),
    ]
    for decorator in reversed(decorators):
        function = decorator(function)

    @functools.wraps(function)
    def wrapper(*args, cache_dir, no_cache, **kwargs):
        from quizzer.answers.cache import make_cache

        if cache_dir and no_cache:
            raise click.UsageError("--cache-dir and --no-cache contradict each other")
        cache = make_cache(cache_dir, enabled=not no_cache, warn=lambda text: click.echo(f"warning: {text}", err=True))
        return function(*args, cache=cache, **kwargs)

    return wrapper


count_option = click.option("--count", type=click.IntRange(min=1), default=None, metavar="N",
                            help="How many questions to ask.")

db_option = click.option(
    "--db", "db_path", type=click.Path(dir_okay=False, path_type=str), default=None, metavar="FILE",
    help="The progress database (default: $QUIZZER_DB, else $XDG_DATA_HOME/quizzer/progress.sqlite).")


def write_output(path, text: str) -> None:
    """Write a command's output file atomically; a path that cannot be written is a clean error (exit 1)."""
    from quizzer.atomic import atomic_write_text

    try:
        atomic_write_text(path, text)
    except OSError as error:
        raise click.ClickException(f"cannot write {path}: {error.strerror or error}") from None


GRADESCOPE_VISIBILITIES = ("hidden", "after_due_date", "after_published", "visible")


def visibility_options(function):
    """What Gradescope shows students, and when: --visibility, --answer-visibility and --stdout-visibility,
    turned into a `visibility` argument (a gradescope.Visibility; None when none of them was given)."""
    choice = click.Choice(GRADESCOPE_VISIBILITIES)
    when = f"WHEN is {', '.join(GRADESCOPE_VISIBILITIES[:-1])} or {GRADESCOPE_VISIBILITIES[-1]}"
    decorators = [
        click.option("--visibility", "tests", type=choice, default=None, metavar="WHEN",
                     help=f"When students see each question's score and feedback (default visible; {when})."),
        click.option("--answer-visibility", "answers", type=choice, default=None, metavar="WHEN",
                     help="When students see the right answers (default after_published: when you publish grades)."),
        click.option("--stdout-visibility", "stdout", type=choice, default=None, metavar="WHEN",
                     help="When students see the autograder's log (default hidden)."),
    ]
    for decorator in reversed(decorators):
        function = decorator(function)

    @functools.wraps(function)
    def wrapper(*args, tests, answers, stdout, **kwargs):
        from quizzer.classroom.gradebook.gradescope import Visibility

        given = {name: value for name, value in (("tests", tests), ("answers", answers), ("stdout", stdout)) if value}
        return function(*args, visibility=Visibility(**given) if given else None, **kwargs)

    return wrapper


def _check_python(ctx, param, value):
    if value is None:
        return None
    from quizzer.tinyloop.versions import parse

    try:
        return "%d.%d" % parse(value)
    except ValueError as error:
        raise click.BadParameter(str(error)) from None


python_option = click.option(
    "--python", "python", metavar="X.Y", default=None, callback=_check_python,
    help="The Python version (3.11, 3.12 or 3.13) whose asyncio the answers are for "
         "(default: the Python quizzer runs on).")


def python_or_host(python: str | None) -> str:
    """The version given with --python, else the one quizzer runs on (as the reference loop models it)."""
    if python is not None:
        return python
    from quizzer.tinyloop.versions import host_version

    return "%d.%d" % host_version()
