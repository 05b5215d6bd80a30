"""The README's command table against the commands themselves, so the two cannot drift apart.

Every command the `quizzer` group offers (read from the group, so a command added later needs a
row too) has a row, and every row a command. A row lists the command's arguments and every option,
each with the placeholder `--help` shows for its value (`a|b` for a list of choices), in brackets
when it is optional and without when it is required. A bracketed word such as `[selection]` stands
for an option group the README defines below the table. A sentence such as "every command takes `--x`"
must hold for every command.
"""

from __future__ import annotations

import inspect
import re
from dataclasses import dataclass
from pathlib import Path

import click
import pytest

from quizzer.cli import main

README = Path(__file__).resolve().parents[2] / "README.md"
TEXT = README.read_text(encoding="utf-8")


@dataclass(frozen=True)
class Listed:
    """An option as a row shows it."""

    placeholder: str | None   # None for a flag
    optional: bool


def _tokens(cell: str) -> list[str]:
    return re.findall(r"\[|\]|[^\s\[\]]+", cell.replace("\\|", "|"))


def parse_options(cell: str, groups: dict | None = None) -> dict[str, Listed]:
    """`[--count N] --out FILE [selection]` -> {"--count": Listed("N", True), "--out": Listed("FILE", False), ...}."""
    options: dict[str, Listed] = {}
    depth, last = 0, None
    for token in _tokens(cell):
        if token == "[":
            depth += 1
        elif token == "]":
            depth -= 1
        elif token.startswith("--"):
            assert token not in options, f"{token} is listed twice in `{cell}`"
            options[token] = Listed(None, depth > 0)
            last = token
            continue
        elif last is not None:
            options[last] = Listed(token, options[last].optional)
        elif groups is not None and token in groups:
            options.update(groups[token])
        else:
            raise AssertionError(f"cannot read {token!r} in `{cell}`")
        last = None
    return options


def readme_groups() -> dict[str, dict[str, Listed]]:
    """The option groups the README defines: "`[selection]` stands for `[--topic TOPIC] ...`"."""
    found = re.findall(r"`\[(\w+)\]`\s+(?:stands\s+)?for\s+`([^`]+)`", TEXT)
    return {name: parse_options(cell) for name, cell in found}


def readme_rows(command_names) -> dict[str, tuple[list[str], dict[str, Listed]]]:
    """command -> (its arguments as written, its options), from the rows `| `quizzer NAME ARGS` | `OPTIONS` | ... |`.

    NAME is the longest run of words that names a command (`autograder gradescope`), else the first word.
    """
    groups = readme_groups()
    rows = {}
    for line in TEXT.splitlines():
        match = re.match(r"\| `quizzer ([^`]+)` \| (?:`([^`]*)`)? \|", line)
        if match:
            words, options = match.group(1).split(), match.group(2)
            length = max((n for n in range(1, len(words) + 1) if " ".join(words[:n]) in command_names), default=1)
            name = " ".join(words[:length])
            assert name not in rows, f"two rows for `quizzer {name}`"
            rows[name] = (words[length:], parse_options(options or "", groups))
    return rows


def _metavar(param, ctx) -> str:
    """What --help shows for a parameter's value (click 8.1 and 8.2+ differ in how to ask)."""
    if "ctx" in inspect.signature(param.make_metavar).parameters:
        return param.make_metavar(ctx)
    return param.make_metavar()


def _placeholder(option: click.Option, ctx) -> str | None:
    if option.is_flag:
        return None
    shown = _metavar(option, ctx)
    # A list of choices is shown as [a|b] by --help; the README writes a|b.
    return shown[1:-1] if isinstance(option.type, click.Choice) and option.metavar is None else shown


def command_options(command: click.Command, ctx) -> dict[str, Listed]:
    help_names = set(ctx.help_option_names)
    return {option.opts[0]: Listed(_placeholder(option, ctx), not option.required)
            for option in command.params
            if isinstance(option, click.Option) and not set(option.opts) & help_names}


def command_arguments(command: click.Command, ctx) -> list[str]:
    return [_metavar(argument, ctx) for argument in command.params if isinstance(argument, click.Argument)]


def _contexts(group=main, group_ctx=None, prefix=""):
    """(name, command, context) for every command a user can run, subcommands of groups included."""
    group_ctx = group_ctx or click.Context(main, info_name="quizzer")
    for name in group.list_commands(group_ctx):
        command = group.get_command(group_ctx, name)
        ctx = click.Context(command, info_name=name, parent=group_ctx)
        if isinstance(command, click.Group):
            yield from _contexts(command, ctx, f"{prefix}{name} ")
        else:
            yield f"{prefix}{name}", command, ctx


COMMANDS = {name: (command, ctx) for name, command, ctx in _contexts()}


@pytest.fixture(scope="module")
def rows():
    return readme_rows(set(COMMANDS))


def _row_text(name: str) -> str:
    """The row the README should have for a command, to copy into it."""
    command, ctx = COMMANDS[name]
    parts = []
    for option, listed in command_options(command, ctx).items():
        text = option if listed.placeholder is None else f"{option} {listed.placeholder}"
        parts.append(f"[{text}]" if listed.optional else text)
    cell = f"`{' '.join(parts)}`".replace("|", "\\|") if parts else ""
    return f"| `quizzer {' '.join([name, *command_arguments(command, ctx)])}` | {cell} | ... |"


def test_the_table_has_a_row_for_every_command_and_a_command_for_every_row(rows):
    missing = sorted(set(COMMANDS) - set(rows))
    assert not missing, "commands without a row in the README's command table:\n" + "\n".join(
        _row_text(name) for name in missing)
    assert not sorted(set(rows) - set(COMMANDS)), "rows for commands quizzer does not have"


@pytest.mark.parametrize("name", sorted(COMMANDS))
def test_a_row_lists_the_commands_arguments_and_options_as_help_shows_them(rows, name):
    if name not in rows:
        pytest.skip("no row: see the test of the table's rows")
    command, ctx = COMMANDS[name]
    arguments, listed = rows[name]
    hint = f"\nthe row should read:\n{_row_text(name)}"
    assert arguments == command_arguments(command, ctx), f"quizzer {name}: arguments differ{hint}"
    actual = command_options(command, ctx)
    assert sorted(set(actual) - set(listed)) == [], f"quizzer {name}: options missing from the README{hint}"
    assert sorted(set(listed) - set(actual)) == [], f"quizzer {name}: the README lists options it lacks{hint}"
    for option, shown in listed.items():
        assert shown == actual[option], (f"quizzer {name} {option}: the README shows {shown}, "
                                         f"--help shows {actual[option]}{hint}")


def test_the_option_groups_the_rows_use_are_defined():
    assert {"selection", "cache"} <= set(readme_groups()), "the README must say what `[selection]` and `[cache]` are"


def test_every_command_claims_hold():
    claims = re.findall(r"[Ee]very\s+command\s+takes\s+((?:`--[\w-]+[^`]*`[^.;]*?)+)[.;]", TEXT)
    assert claims, "the README no longer says which options every command takes"
    for claim in claims:
        for option in re.findall(r"`(--[\w-]+)", claim):
            lacking = [name for name, (command, ctx) in COMMANDS.items()
                       if option not in {opt for param in command.get_params(ctx) for opt in param.opts}]
            assert not lacking, f"the README says every command takes {option}; these do not: {lacking}"


def test_an_options_help_names_its_value_as_help_shows_it():
    # `--trace-json FILE  Write ... to PATH` leaves the reader wondering what PATH is.
    placeholders = {"PATH", "FILE", "DIR", "DIRECTORY"}
    for name, (command, ctx) in COMMANDS.items():
        for option in command.params:
            if not isinstance(option, click.Option) or option.is_flag or not option.help:
                continue
            own = _placeholder(option, ctx)
            named = set(re.findall(r"\b[A-Z]{3,}\b", option.help)) & placeholders
            assert named <= {own}, f"quizzer {name} {option.opts[0]} {own}: its help says {sorted(named)}"


def test_the_parser_reads_what_the_table_writes():
    groups = {"g": {"--x": Listed(None, True)}}
    assert parse_options("--out FILE [--count N] [g] [--loop a\\|b]", groups) == {
        "--out": Listed("FILE", False), "--count": Listed("N", True), "--x": Listed(None, True),
        "--loop": Listed("a|b", True)}
