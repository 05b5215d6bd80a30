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
    item = next(i for i in load_pack(pack_file).variants[0].items if i.id == question_id)
    return "abc"[item.choice_order.index(1)]   # the bank's right choice of tasks-start-order is its second


def test_a_pack_quiz_saves_the_letters_shown_as_the_readme_says(tmp_path):
    # seed 1 shows tasks-start-order's choices in another order, so the shown letter is not the bank's
    pack_file = build_pack(tmp_path, "--type", "choice", "--count", "1", "--seed", "1")
    shown = shown_right_letter(pack_file, "tasks-start-order")
    assert shown != "b"
    saved = tmp_path / "ada.yaml"
    taken = run("quiz", "--pack", pack_file, "--save", saved, "--student", "ada", input=f"{shown}\n")
    assert taken.exit_code == 0, taken.output
    assert yaml.safe_load(saved.read_text()) == {"student": "ada", "variant": "A",
                                                   "answers": {"tasks-start-order": shown}}
    save_paragraph = re.search(r"^`--save ANSWERS.yaml`.*?(?=\n\n)", README, re.M | re.S).group(0)
    assert "the letters you saw" in save_paragraph and "--pack" in save_paragraph
