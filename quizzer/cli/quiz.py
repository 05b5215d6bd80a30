"""`quizzer quiz`: an interactive quiz in the terminal, with feedback after each answer or at the end."""

from __future__ import annotations

import click

from quizzer.cli.options import (
    bank_option,
    cache_options,
    count_option,
    db_option,
    load_bank_or_fail,
    python_option,
    python_or_host,
    seed_option,
    selection_options,
)
from quizzer.ui.words import counted

DEFAULT_COUNT = 10


@click.command("quiz")
@bank_option
@selection_options
@count_option
@seed_option
@click.option("--exam", is_flag=True, help="Hold all feedback until the end, as in an exam.")
@click.option("--shuffle", is_flag=True, help="Shuffle the order of the choices (seeded).")
@click.option("--save", "save_path", type=click.Path(dir_okay=False, path_type=str), default=None,
              metavar="FILE", help="Write your answers to FILE (YAML), in the format `quizzer grade` reads.")
@click.option("--student", default=None, metavar="NAME", help="Your name for --save (asked for if missing).")
@click.option("--editor", is_flag=True, help="Type predict and write answers in $EDITOR.")
@click.option("--pack", "pack_path", type=click.Path(dir_okay=False, path_type=str), default=None, metavar="PACK",
              help="Take a quiz pack from your instructor (see `quizzer pack`); use with --save, except to "
                   "practise on a pack with practice keys.")
@click.option("--variant", default=None, metavar="NAME", help="The pack variant you were given (A, B, ...).")
@db_option
@python_option
@cache_options
@click.pass_context
def command(ctx, bank_path, selection, count, seed, exam, shuffle, save_path, student, editor, pack_path, variant,
            db_path, python, cache):
    """Take a quiz: questions one at a time, graded as you go (default 10 questions).

    Answer a choice question with its letter, a multi question with letters (a,c or a c), a
    true/false question with t or f, a short question with text. For a predict question type
    the program's output line by line and end with a line holding only '.' (or use --editor).
    On the first line of any answer, s skips the question and q ends the quiz. Write questions
    (a whole program, run in the sandbox) are asked only with --type write.

    After each answer you see whether it is right, the right answer and why; a wrong prediction
    also shows a line-by-line diff and the event loop's trace of the program. --exam holds all
    of it to the end. The quiz ends with your score, a bar per topic and the questions missed.
    Every answer is recorded in your progress database (see `quizzer stats`).

    Exit status: 0 when the quiz ends (also on q or end of input), 130 on Ctrl-C, 1 for a bad
    bank or database, 2 for bad usage.
    """
    from quizzer.session.recording import open_progress
    from quizzer.session.selection import askable

    if student is not None and save_path is None:
        raise click.UsageError("--student names the student of a --save file; add --save ANSWERS.yaml")
    if pack_path is not None:
        ctx.exit(_take_pack(pack_path, variant, save_path, student, editor))
    if variant is not None:
        raise click.UsageError("--variant goes with --pack")
    bank = load_bank_or_fail(bank_path)
    python = python_or_host(python)
    questions = askable(selection.apply(bank), selection, python)
    if not questions:
        raise click.UsageError(f"no questions match the selection (for Python {python})")
    store = open_progress(db_path)  # before any question, so an unusable database fails first
    try:
        status = _quiz(bank, questions, store, count=count, seed=seed, exam=exam, shuffle=shuffle,
                       save_path=save_path, student=student, editor=editor, cache=cache, python=python)
    finally:
        store.close()
    ctx.exit(status)


def _quiz(bank, questions, store, *, count, seed, exam, shuffle, save_path, student, editor, cache, python) -> int:
    import random

    from quizzer.session.play import INTERRUPTED, play
    from quizzer.session.prepare import prepare_items
    from quizzer.session.recording import recorder
    from quizzer.session.selection import fresh_seed, pick
    from quizzer.session.submission import SubmissionFile
    from quizzer.session.terminal import Terminal

    terminal = Terminal()
    submission = None
    if save_path is not None:
        submission = SubmissionFile(save_path, student or _ask_name(terminal))
        _write_or_fail(submission)
    seed = seed if seed is not None else fresh_seed()
    rng = random.Random(seed)
    chosen = pick(questions, count or DEFAULT_COUNT, rng)
    try:
        items = prepare_items(chosen, rng=rng, shuffle=shuffle, cache=cache, warn=terminal.warn, python=python,
                              case_seed=str(seed))
    except KeyboardInterrupt:
        terminal.warn("Interrupted.")
        return INTERRUPTED
    if not items:
        raise click.ClickException("none of the chosen questions can be asked (see the warnings above)")
    record = recorder(store, tell_next_review=False, warn=terminal.warn)

    def on_answer(outcome):
        note = record(outcome)
        if submission is not None:
            try:
                submission.add(outcome)
            except OSError as error:  # the answer stays in memory and goes out with the next write
                terminal.warn(f"warning: cannot write {submission.path}: {error.strerror or error}")
        return note

    mode = "exam: feedback at the end" if exam else "feedback after each answer"
    header = (f"Quiz: {counted(len(items), 'question')} ({mode}; seed {seed}; Python {python}). "
              "s skips a question, q ends the quiz.")
    status = play(items, terminal, header=header, titles=bank.titles, exam=exam, on_answer=on_answer,
                  editor=editor)
    if submission is not None:
        terminal.warn(f"Answers saved to {submission.path}.")
    return status


def _take_pack(pack_path, variant_name, save_path, student, editor) -> int:
    from quizzer.classroom.packs import PackError, load_pack
    from quizzer.session.packquiz import take_pack
    from quizzer.session.submission import SubmissionFile
    from quizzer.session.terminal import Terminal

    try:
        pack = load_pack(pack_path)
    except PackError as error:
        raise click.ClickException(str(error)) from None
    variant = pack.variant(variant_name)
    if variant is None:
        names = ", ".join(pack.variant_names)
        if variant_name is None:
            raise click.UsageError(f"choose the variant you were given with --variant: {names}")
        raise click.UsageError(f"{pack_path} has no variant {variant_name!r}; its variants are {names}")
    if save_path is None and not pack.salt:
        raise click.UsageError("a pack is handed back to be graded: add --save ANSWERS.yaml "
                               "(only a practice pack, built with --practice-keys, can be taken without it)")
    terminal = Terminal()
    submission = None
    if save_path is not None:
        submission = SubmissionFile(save_path, student or _ask_name(terminal), variant.name)
        _write_or_fail(submission)
    status = take_pack(pack, variant, terminal, submission, editor=editor)
    if submission is not None:
        terminal.warn(f"Answers saved to {submission.path}.")
    return status


def _ask_name(terminal) -> str:
    from quizzer.session.play import INTERRUPTED

    while True:
        try:
            name = terminal.read_line("Your name (for the saved answers): ").strip()
        except EOFError:
            raise click.UsageError("--save needs a student name; pass --student NAME") from None
        except KeyboardInterrupt:
            terminal.warn("Interrupted.")
            raise click.exceptions.Exit(INTERRUPTED) from None
        if name:
            return name


def _write_or_fail(submission) -> None:
    """Write the empty submission at once, so an unwritable path fails before the first question."""
    try:
        submission.write()
    except OSError as error:
        raise click.ClickException(f"cannot write {submission.path}: {error.strerror or error}") from None
