"""`quizzer pack`: build the quiz file students receive, with variants and no plaintext answer key."""

from __future__ import annotations

from pathlib import Path

import click

from quizzer.cli.options import bank_option, cache_options, seed_option, selection_options, write_output


@click.command("pack")
@bank_option
@selection_options
@click.option("--count", type=click.IntRange(1), default=10, show_default=True, metavar="N", help="Questions per variant.")
@click.option("--variants", type=click.IntRange(1, 100), default=1, show_default=True, metavar="N",
              help="Versions of the quiz: each further one draws other questions of the same topic and difficulty.")
@seed_option
@click.option("--no-shuffle", is_flag=True, help="Keep choices in the bank's order.")
@click.option("--practice-keys", is_flag=True,
              help="Add salted hashes of the answers, so a practice quiz can say right or wrong without revealing them.")
@click.option("--title", default="Quiz", show_default=True, metavar="TEXT", help="The pack's title.")
@click.option("--out", "out_path", type=click.Path(dir_okay=False, path_type=Path), required=True,
              help="The pack file to write (YAML).")
@cache_options
def command(bank_path, selection, count, variants, seed, no_shuffle, practice_keys, title, out_path, cache):
    """Build a quiz pack: COUNT questions drawn with SEED from the selection, in VARIANTS versions."""
    import random

    from quizzer.classroom.packs import build_pack, pack_to_yaml
    from quizzer.cli.options import load_bank_or_fail

    bank = load_bank_or_fail(bank_path)
    pool = selection.apply(bank)
    if not pool:
        raise click.UsageError("no questions match the selection")
    seed = 0 if seed is None else seed
    chosen = random.Random(seed).sample(pool, min(count, len(pool)))
    expected = {}
    if practice_keys:
        from quizzer.answers.keys import compute_answers

        # Only the predict questions a variant can draw: the chosen ones' topics and difficulties.
        slots = {(q.topic, q.difficulty) for q in chosen}
        predicts = [q for q in pool if q.type == "predict" and (q.topic, q.difficulty) in slots]
        for question, computed in zip(predicts, compute_answers([q.code for q in predicts], cache=cache)):
            if computed.error is None:
                expected[question.id] = computed.answer
    pack = build_pack(pool, chosen, variants=variants, seed=seed, shuffle=not no_shuffle,
                      practice_keys=practice_keys, expected_outputs=expected, title=title)
    write_output(out_path, pack_to_yaml(pack))
    click.echo(f"wrote {out_path}: {len(chosen)} questions x {variants} variant(s)")
