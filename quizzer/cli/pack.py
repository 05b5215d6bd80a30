"""`quizzer pack`: build the quiz file students receive, with variants and no plaintext answer key."""

from __future__ import annotations

from pathlib import Path

import click

from quizzer.cli.options import (
    bank_option,
    cache_options,
    python_option,
    python_or_host,
    seed_option,
    selection_options,
    write_output,
)
from quizzer.ui.words import counted


@click.command("pack")
@bank_option
@selection_options
@click.option("--count", type=click.IntRange(1), default=10, show_default=True, metavar="N", help="Questions per variant.")
@click.option("--variants", type=click.IntRange(1, 100), default=1, show_default=True, metavar="N",
              help="Versions of the quiz: each further one draws other questions of the same topic and difficulty.")
@seed_option
@click.option("--no-shuffle", is_flag=True, help="Keep choices in the bank's order.")
@click.option("--practice-keys", is_flag=True,
              help="Add salted hashes of the answers, so a practice quiz can say right or wrong. Not for a graded "
                   "quiz: trying each letter against them finds a choice question's answer.")
@click.option("--title", default="Quiz", show_default=True, metavar="TEXT", help="The pack's title.")
@click.option("--out", "out_path", type=click.Path(dir_okay=False, path_type=Path), required=True,
              help="The pack file to write (YAML).")
@python_option
@cache_options
def command(bank_path, selection, count, variants, seed, no_shuffle, practice_keys, title, out_path, python, cache):
    """Build a quiz pack: COUNT questions drawn with SEED from the selection, in VARIANTS versions.

    Each further variant swaps every question for another of the same topic and difficulty, one no
    variant has yet while the selection has one (then the same type if possible), so variants share
    as few questions as the selection allows; the summary says how many they share. A request the
    selection cannot meet (COUNT above the questions it has, a practice key that cannot be computed)
    is said in a warning on stderr, and the pack is written with what there is (exit status 0).
    The pack is for the Python given with --python (default: the Python quizzer runs on): only
    questions for that version are drawn, its answers are that version's, and the pack says so.
    """
    import random

    from quizzer.classroom.packs import build_pack, overlap, pack_to_yaml
    from quizzer.cli.options import load_bank_or_fail

    bank = load_bank_or_fail(bank_path)
    python = python_or_host(python)
    pool = [question for question in selection.apply(bank) if python in question.versions]
    if not pool:
        raise click.UsageError(f"no questions match the selection (for Python {python})")
    seed = 0 if seed is None else seed
    if count > len(pool):
        _warn(f"the selection has {counted(len(pool), 'question')}, fewer than --count {count}: "
              f"each variant has {len(pool)}")
    chosen = random.Random(seed).sample(pool, min(count, len(pool)))
    expected = {}
    if practice_keys:
        from quizzer.answers.keys import compute_answers

        # Only the predict questions a variant can draw: the chosen ones' topics and difficulties.
        slots = {(q.topic, q.difficulty) for q in chosen}
        predicts = [q for q in pool if q.type == "predict" and (q.topic, q.difficulty) in slots]
        for question, computed in zip(predicts, compute_answers([q.code for q in predicts], cache=cache,
                                                                python=python)):
            if computed.error is None:
                expected[question.id] = computed.answer
    pack = build_pack(pool, chosen, variants=variants, seed=seed, shuffle=not no_shuffle,
                      practice_keys=practice_keys, expected_outputs=expected, title=title, python=python)
    unchecked = sorted({item.id for variant in pack.variants for item in variant.items
                        if pack.questions[item.id].type == "predict" and item.id not in expected}) \
        if practice_keys else []
    for question_id in unchecked:
        _warn(f"no practice key for {question_id}: its answer cannot be computed, so practice cannot check it")
    write_output(out_path, pack_to_yaml(pack))
    summary = f"wrote {out_path}: {counted(len(chosen), 'question')}"
    if variants > 1:
        summary += f" x {variants} variants; " + _overlap_text(overlap(pack), len(chosen))
    click.echo(summary)


def _overlap_text(shared, per_variant: int) -> str:
    if not shared.repeated:
        return "no question is in two variants"
    first, second = shared.pair
    return (f"{counted(shared.repeated, 'question')} {'is' if shared.repeated == 1 else 'are'} in more than one "
            f"variant ({first} and {second} share {shared.most_shared} of {per_variant}, the most of any two): "
            "the selection has too few questions of the same topic and difficulty to keep them apart")


def _warn(text: str) -> None:
    click.echo(f"warning: {text}", err=True)
