"""The README's opening counts of the bundled bank against the bank itself, so they cannot go stale."""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

from quizzer.bank import default_bank_path, load_bank

README = (Path(__file__).resolve().parents[1] / "README.md").read_text(encoding="utf-8")


def test_readme_counts_match_the_bundled_bank():
    bank = load_bank(default_bank_path())
    questions = getattr(bank, "questions", bank)
    per_type = Counter(question.type for question in questions)
    total = re.search(r"question bank\*\* of ([\d,]+) questions", README)
    predict = re.search(r'what does this program print\?", ([\d,]+) of them\)', README)
    write = re.search(r"code writing \(([\d,]+)\)", README)
    assert total and predict and write, "the README's opening no longer states the bank's counts"
    assert int(total[1].replace(",", "")) == len(questions)
    assert int(predict[1].replace(",", "")) == per_type["predict"]
    assert int(write[1].replace(",", "")) == per_type["write"]
