"""report.html in a real headless Chromium: a class of thirty students on a pack of the bundled bank.

The page must load with no console error, show every section, keep every histogram label inside the
drawing, and it is saved as screenshots (see the artifacts fixture in tests/conftest.py).
"""

import json
import random

import pytest
from click.testing import CliRunner

from quizzer.cli import main

SECTIONS = ("summary", "scores", "topics", "items", "options", "wrong-outputs", "problems")
STUDENTS = 30


def _wrong_output(key: str, rng) -> str:
    """The mistakes a class makes about an output: the lines in the other order, the last one missed, a hang."""
    lines = key.rstrip("\n").split("\n")
    mistakes = [list(reversed(lines)), lines[:-1] or ["(hangs forever)"], [*lines[:-1], "(hangs forever)"]]
    return "\n".join(rng.choices(mistakes, weights=(5, 3, 1))[0])


def _answer(question, shown_question, key, ability, rng):
    """What a student of this ability answers, in the letters their variant showed (`shown_question`: as the pack
    holds it, its choices in the order shown)."""
    if rng.random() < 0.08:
        return None
    right = rng.random() < ability
    if question.choices:
        texts = [choice.text for choice in shown_question.choices]
        shown = {bank_index: "abcdefgh"[texts.index(choice.text)] for bank_index, choice in enumerate(question.choices)}
        correct = [shown[i] for i, c in enumerate(question.choices) if c.correct]
        wrong = [shown[i] for i, c in enumerate(question.choices) if not c.correct]
        if right:
            return ",".join(sorted(correct))
        return rng.choice(wrong) if question.type == "choice" else ",".join(sorted({correct[0], rng.choice(wrong)}))
    if question.type == "truefalse":
        return question.answer if right else not question.answer
    if question.type == "predict":
        return key if right else _wrong_output(key, rng)
    return (question.accept[0] if question.accept else "") if right else "no idea"


@pytest.fixture(scope="module")
def class_report(tmp_path_factory):
    from quizzer.answers.keys import compute_answers
    from quizzer.bank import default_bank_path, load_bank
    from quizzer.classroom.packs import load_pack

    folder = tmp_path_factory.mktemp("report")
    pack_path = folder / "week3.yaml"
    built = CliRunner().invoke(main, ["pack", "--type", "choice", "--type", "multi", "--type", "truefalse",
                                      "--type", "predict", "--count", "8", "--variants", "2", "--seed", "3",
                                      "--title", "Week 3 quiz", "--out", str(pack_path)])
    assert built.exit_code == 0, built.output
    bank, pack = load_bank(default_bank_path()), load_pack(pack_path)
    predicts = sorted({item.id for v in pack.variants for item in v.items if bank.get(item.id).type == "predict"})
    keys = dict(zip(predicts, (r.answer for r in compute_answers([bank.get(q).code for q in predicts]))))
    rng = random.Random(7)
    submissions = folder / "submissions"
    submissions.mkdir()
    for number in range(STUDENTS):
        variant = pack.variants[number % len(pack.variants)]
        ability = rng.uniform(0.25, 0.95)
        answers = {item.id: _answer(bank.get(item.id), pack.shown(item), keys.get(item.id), ability, rng) for item in variant.items}
        answers = {qid: answer for qid, answer in answers.items() if answer is not None}
        (submissions / f"student{number:02}.json").write_text(json.dumps(
            {"student": f"student{number:02}", "variant": variant.name, "answers": answers}))
    (submissions / "zz-late.yaml").write_text("student: late\nanswers: [not, a, mapping]\n")
    out = folder / "graded"
    graded = CliRunner().invoke(main, ["grade", "--pack", str(pack_path), str(submissions), "--out", str(out)])
    assert graded.exit_code == 1, graded.output       # the malformed submission is skipped
    return out / "report.html"


def test_the_report_renders_with_every_section_and_no_console_error(browser, class_report, artifacts):
    browser.get(class_report.as_uri())
    errors = [entry for entry in browser.get_log("browser") if entry["level"] == "SEVERE"]
    assert errors == []
    for name in SECTIONS:
        box = browser.execute_script(f"return document.getElementById('{name}').getBoundingClientRect().toJSON()")
        assert box["height"] > 20 and box["width"] > 300, name
    heading = browser.execute_script("return document.querySelector('#wrong-outputs table td pre') !== null")
    assert heading, "no wrong output is listed"
    browser.set_window_size(1200, 1500)
    browser.save_screenshot(str(artifacts / "report-top.png"))
    height = browser.execute_script("return document.documentElement.scrollHeight")
    browser.set_window_size(1280, height + 100)
    browser.save_screenshot(str(artifacts / "report-full.png"))
    browser.set_window_size(1400, 1000)


def test_every_histogram_label_is_inside_the_drawing(browser, class_report):
    browser.get(class_report.as_uri())
    for width in (1400, 700, 420):        # a wide window, half a screen, a phone
        browser.set_window_size(width, 1000)
        outside = browser.execute_script("""
            const svg = document.querySelector('svg.histogram').getBoundingClientRect();
            return Array.from(document.querySelectorAll('svg.histogram text')).map((text) => {
                const box = text.getBoundingClientRect();
                return [text.textContent, box.left >= svg.left - 0.5 && box.right <= svg.right + 0.5
                        && box.top >= svg.top - 0.5 && box.bottom <= svg.bottom + 0.5];
            }).filter(([, inside]) => !inside).map(([label]) => label);
        """)
        assert outside == [], (width, outside)
        labels = browser.execute_script(
            "return Array.from(document.querySelectorAll('svg.histogram text.range')).map((t) => t.textContent)")
        assert labels == ["0-10", "10-20", "20-30", "30-40", "40-50", "50-60", "60-70", "70-80", "80-90", "90-100"]
    browser.set_window_size(1400, 1000)
