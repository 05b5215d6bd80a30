"""`quizzer pack` says when a request cannot be met, and keeps variants as far apart as the selection allows."""

import re

from click.testing import CliRunner

from quizzer.classroom.packs import load_pack, overlap
from quizzer.cli import main


def invoke(*args):
    return CliRunner().invoke(main, [str(a) for a in args])


def a_bank(tmp_path, size: int, *, extra: str = ""):
    """A bank of `size` truefalse questions of one topic and difficulty: every one can stand in for any other."""
    questions = "".join(f"""  - id: q{number}
    type: truefalse
    difficulty: 1
    prompt: Statement {number}.
    answer: true
    explanation: Statement {number} holds, as the explanation says in more than a few words.
""" for number in range(size))
    path = tmp_path / "bank.yaml"
    path.write_text(f"topic: tasks\nquestions:\n{questions}{extra}", encoding="utf-8")
    return path


def test_asking_for_more_questions_than_the_selection_has_is_said(tmp_path):
    result = invoke("pack", "--bank", a_bank(tmp_path, 4), "--count", "10", "--out", tmp_path / "p.yaml")
    assert result.exit_code == 0
    assert result.stderr == "warning: the selection has 4 questions, fewer than --count 10: each variant has 4\n"
    assert result.stdout == f"wrote {tmp_path / 'p.yaml'}: 4 questions\n"
    assert len(load_pack(tmp_path / "p.yaml").variants[0].items) == 4


def test_variants_share_no_question_when_the_selection_has_enough(tmp_path):
    bank = a_bank(tmp_path, 9)
    for seed in range(5):
        out = tmp_path / f"p{seed}.yaml"
        result = invoke("pack", "--bank", bank, "--count", "3", "--variants", "3", "--seed", seed, "--out", out)
        assert result.exit_code == 0 and result.stderr == ""
        ids = [item.id for variant in load_pack(out).variants for item in variant.items]
        assert len(set(ids)) == 9, f"seed {seed}: {ids}"
        assert result.stdout.endswith("3 questions x 3 variants; no question is in two variants\n")


def test_how_much_variants_overlap_is_said_when_they_must(tmp_path):
    # 4 questions for 3 variants of 2: the third variant can only repeat two of them.
    out = tmp_path / "p.yaml"
    result = invoke("pack", "--bank", a_bank(tmp_path, 4), "--count", "2", "--variants", "3", "--seed", "1",
                    "--out", out)
    assert result.exit_code == 0
    shared = overlap(load_pack(out))
    assert shared.repeated == 2
    first, second = shared.pair
    assert result.stdout == (f"wrote {out}: 2 questions x 3 variants; 2 questions are in more than one variant "
                             f"({first} and {second} share {shared.most_shared} of 2, the most of any two): the "
                             "selection has too few questions of the same topic and difficulty to keep them apart\n")


def test_a_practice_key_that_cannot_be_computed_is_said(tmp_path):
    exits = """  - id: exits
    type: predict
    difficulty: 1
    prompt: What does it print?
    code: |
      import sys
      sys.exit(3)
    explanation: It exits at once with status 3, before it prints anything at all.
"""
    bank = a_bank(tmp_path, 1, extra=exits)
    result = invoke("pack", "--bank", bank, "--type", "predict", "--count", "1", "--practice-keys",
                    "--out", tmp_path / "p.yaml", "--cache-dir", tmp_path / "cache")
    assert result.exit_code == 0
    assert re.fullmatch(r"warning: no practice key for exits: its answer cannot be computed, so practice cannot "
                        r"check it\n", result.stderr)
