"""Taking a quiz pack: the letters saved, naming the variant, and practising without handing anything in."""

import re
from pathlib import Path

import yaml

from quizzer.classroom.packs import load_pack

from .conftest import GOOD_BANK
from .helpers import run

README = (Path(__file__).resolve().parents[2] / "README.md").read_text(encoding="utf-8")


def build_pack(tmp_path, *args) -> Path:
    pack_file = tmp_path / "pack.yaml"
    built = run("pack", "--bank", GOOD_BANK, "--out", pack_file, *args)
    assert built.exit_code == 0, built.output
    return pack_file


def shown_right_letter(pack_file, question_id) -> str:
    """The letter the pack shows the right choice of tasks-start-order with (the bank's second choice)."""
    from quizzer.bank import load_bank

    right = load_bank(GOOD_BANK).get(question_id).choices[1].text
    pack = load_pack(pack_file)
    item = next(item for item in pack.variants[0].items if item.id == question_id)
    return "abc"[[choice.text for choice in pack.shown(item).choices].index(right)]


def test_a_pack_quiz_saves_the_letters_shown_as_the_readme_says(tmp_path):
    # seed 2 shows tasks-start-order's choices in another order, so the shown letter is not the bank's
    pack_file = build_pack(tmp_path, "--type", "choice", "--count", "1", "--seed", "2")
    shown = shown_right_letter(pack_file, "tasks-start-order")
    assert shown != "b"
    saved = tmp_path / "ada.yaml"
    taken = run("quiz", "--pack", pack_file, "--save", saved, "--student", "ada", input=f"{shown}\n")
    assert taken.exit_code == 0, taken.output
    assert yaml.safe_load(saved.read_text()) == {"student": "ada", "variant": "A",
                                                   "answers": {"tasks-start-order": shown}}
    save_paragraph = re.search(r"^`--save ANSWERS.yaml`.*?(?=\n\n)", README, re.M | re.S).group(0)
    assert "the letters you saw" in save_paragraph and "--pack" in save_paragraph


def test_a_variant_is_named_in_any_case_and_an_unknown_one_is_named_back(tmp_path):
    pack_file = build_pack(tmp_path, "--type", "truefalse", "--type", "choice", "--count", "1", "--variants", "2")
    taken = run("quiz", "--pack", pack_file, "--variant", "b", "--save", tmp_path / "a.yaml", "--student", "a",
                input="s\n")
    assert taken.exit_code == 0, taken.output
    assert "variant B" in taken.stdout
    assert yaml.safe_load((tmp_path / "a.yaml").read_text())["variant"] == "B"
    unknown = run("quiz", "--pack", pack_file, "--variant", "x", "--save", tmp_path / "b.yaml", "--student", "b")
    assert unknown.exit_code == 2
    assert f"{pack_file} has no variant 'x'; its variants are A, B" in unknown.stderr


def test_a_practice_pack_is_practised_without_save_or_a_name(tmp_path):
    pack_file = build_pack(tmp_path, "--type", "truefalse", "--count", "1", "--practice-keys")
    practised = run("quiz", "--pack", pack_file, input="t\n")
    assert practised.exit_code == 0, practised.output
    assert "Right." in practised.stdout and "1 of 1 right" in practised.stdout
    assert "name" not in practised.stdout.lower() and "saved" not in practised.stderr
    assert list(tmp_path.iterdir()) == [pack_file]
    # A pack without practice keys is handed back: it still needs --save
    exam = build_pack(tmp_path, "--type", "truefalse", "--count", "1")
    refused = run("quiz", "--pack", exam, input="t\n")
    assert refused.exit_code == 2 and "add --save" in refused.stderr


def test_a_practice_pack_reads_a_short_answer_as_grading_does(tmp_path):
    pack_file = build_pack(tmp_path, "--type", "short", "--count", "1", "--practice-keys")
    practised = run("quiz", "--pack", pack_file, input="`add_done_callback`.\n")
    assert practised.exit_code == 0, practised.output
    assert "1 of 1 right" in practised.stdout
    wrong = run("quiz", "--pack", pack_file, input="add_done_callbacks.\n")
    assert "0 of 1 right" in wrong.stdout
