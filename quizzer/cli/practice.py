"""`quizzer practice`: spaced-repetition practice, or with --interview a timed mock interview."""

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
from quizzer.progress.scheduler import DEFAULT_RETENTION, RETENTION_RANGE
from quizzer.ui.words import counted

DEFAULT_COUNT = 10
INTERVIEW_COUNT = 15
INTERVIEW_MINUTES = 45.0  # the length of a typical technical interview


@click.command("practice")
@bank_option
@selection_options
@count_option
@seed_option
@click.option("--interview", is_flag=True,
              help=f"A timed mock interview ({INTERVIEW_COUNT} questions, {INTERVIEW_MINUTES:g} minutes by default).")
@click.option("--minutes", type=click.FloatRange(min=0, min_open=True), default=None, metavar="MINUTES",
              help=f"Time limit of the interview (default {INTERVIEW_MINUTES:g}).")
@click.option("--editor", is_flag=True, help="Type predict and write answers in $EDITOR.")
@click.option("--retention", type=click.FloatRange(*RETENTION_RANGE), default=None, metavar="R",
              help=f"FSRS's desired retention, {RETENTION_RANGE[0]}-{RETENTION_RANGE[1]}: the share of reviews you "
                   f"should recall when they fall due (default {DEFAULT_RETENTION}; higher brings reviews sooner). "
                   "Kept in the progress database for every later session.")
@db_option
@python_option
@cache_options
@click.pass_context
def command(ctx, bank_path, selection, count, seed, interview, minutes, editor, retention, db_path, python,
            cache):
    """Practise what you are about to forget (default 10 questions).

    Every answer is recorded in your progress database and scheduled with FSRS: a wrong or partly
    right answer comes back soon, a right one later and later (how much later follows --retention).
    A session serves the questions due for review first (most overdue first), then new questions
    from your weakest topics (lowest accuracy; topics you have not tried count as weakest). Answers
    and feedback work as in `quizzer quiz`; write questions are asked only with --type write.

    --interview runs a timed mock interview instead, shaped like a 45-minute technical interview:
    a warm-up of easy questions, a core of medium ones and a deep dive into hard ones, every topic
    visited before any comes back, interview-tagged questions first. Feedback is held to the end,
    followed by a readiness report per topic that points into the reference loop's source for each
    weak topic. When time runs out the interview ends there.

    Exit status: 0 when the session ends (also on q or end of input), 130 on Ctrl-C, 1 for a bad
    bank or database, 2 for bad usage.
    """
    import random

    from quizzer.session.play import INTERRUPTED, play
    from quizzer.session.prepare import prepare_items
    from quizzer.session.recording import open_progress, recorder
    from quizzer.session.selection import askable, fresh_seed
    from quizzer.session.terminal import Terminal

    if minutes is not None and not interview:
        raise click.UsageError("--minutes sets the time of an interview; add --interview")
    bank = load_bank_or_fail(bank_path)
    python = python_or_host(python)
    questions = askable(selection.apply(bank), selection, python)
    if not questions:
        raise click.UsageError(f"no questions match the selection (for Python {python})")
    terminal = Terminal()
    seed = seed if seed is not None else fresh_seed()
    rng = random.Random(seed)
    store = open_progress(db_path)
    try:
        if retention is not None:
            _keep_retention(store, retention, terminal)
        if interview:
            from quizzer.session.interview import interview_order

            chosen = interview_order(questions, count or INTERVIEW_COUNT, rng)
        else:
            chosen = _due_and_weak(store, questions, count or DEFAULT_COUNT, rng, terminal)
            if not chosen:
                ctx.exit(0)
        try:
            items = prepare_items(chosen, rng=rng, shuffle=False, cache=cache, warn=terminal.warn, python=python,
                                  case_seed=str(seed))
        except KeyboardInterrupt:
            terminal.warn("Interrupted.")
            ctx.exit(INTERRUPTED)
        if not items:
            raise click.ClickException("none of the chosen questions can be asked (see the warnings above)")
        if interview:
            status = _interview(items, terminal, bank, store, minutes or INTERVIEW_MINUTES, seed, editor)
        else:
            header = (f"Practice: {counted(len(items), 'question')} (seed {seed}; Python {python}). "
                      "s skips a question, q ends the session.")
            status = play(items, terminal, header=header, titles=bank.titles,
                          on_answer=recorder(store, tell_next_review=True, warn=terminal.warn), editor=editor)
    finally:
        store.close()
    ctx.exit(status)


def _keep_retention(store, retention: float, terminal) -> None:
    from quizzer.progress.store import ProgressError

    try:
        store.set_desired_retention(retention)
    except ProgressError as error:
        raise click.ClickException(str(error)) from None
    terminal.say(f"Desired retention {retention:g}, kept in {store.path} for every later session.")


def _due_and_weak(store, questions, count, rng, terminal) -> list:
    from quizzer.progress.mastery import topic_accuracy
    from quizzer.progress.picker import next_due, practice_order
    from quizzer.session.recording import when

    cards = store.cards()
    now = store.now()
    chosen = practice_order(questions, cards, topic_accuracy(store), now, count, rng)
    if not chosen:
        due = next_due(questions, cards)
        terminal.say("Nothing to practise now: every question here is answered and none is due."
                     + (f" The next review is due {when(due, now)}." if due else ""))
    return chosen


def _interview(items, terminal, bank, store, minutes, seed, editor) -> int:
    from functools import partial

    from quizzer.session.deadline import Deadline
    from quizzer.session.interview import render_readiness
    from quizzer.session.play import play
    from quizzer.session.recording import recorder

    deadline = Deadline(minutes * 60)
    header = (f"Mock interview: {counted(len(items), 'question')} in {counted(minutes, 'minute')} (seed {seed}). "
              "Feedback comes at the end. s skips a question, q ends the interview.")
    with deadline.armed():
        return play(items, terminal, header=header, titles=bank.titles, exam=True,
                    on_answer=recorder(store, tell_next_review=False, warn=terminal.warn), deadline=deadline,
                    editor=editor, report=partial(render_readiness, titles=bank.titles, style=terminal.style))
