"""Feedback as a colour terminal shows it: the diff of a wrong prediction or program output in colour."""

import click

from quizzer.bank import load_bank
from quizzer.grading.programs import OUTPUT_DIFFERS
from quizzer.grading.score import grade
from quizzer.session.feedback import render_feedback
from quizzer.session.model import Item, Outcome

from .conftest import GOOD_BANK

RED, GREEN, CYAN = "\x1b[31m", "\x1b[32m", "\x1b[36m"


def plain(text, **_style):
    return text


def test_a_wrong_predictions_diff_is_coloured_line_by_line():
    question = load_bank(GOOD_BANK).get("tasks-order")
    item = Item(question, expected="main\nchild\n")
    outcome = Outcome(item, "child\nmain\n", grade(question, "child\nmain\n", expected_output=item.expected))
    coloured = render_feedback(outcome, style=click.style)
    assert f"{GREEN}+child" in coloured and f"{RED}-child" in coloured and f"{CYAN}@@ -1,2 +1,2 @@" in coloured
    assert "\n main\n" in coloured   # a line both share stays plain
    assert "\x1b[" not in render_feedback(outcome, style=plain)   # colour off (NO_COLOR, a pipe): plain text


def test_a_write_answers_output_diff_is_coloured_and_its_other_notes_are_not():
    question = load_bank(GOOD_BANK).get("futures-write-gather")
    notes = [f"{OUTPUT_DIFFERS}\n--- expected\n+++ your program\n@@ -1 +1 @@\n-done\n+nothing",
             "it took 3 s of virtual time, more than the 1.5 s allowed"]
    outcome = Outcome(Item(question, expected="done\n"), "print('nothing')\n",
                      grade(question, "print('nothing')\n", program_run=(False, notes)))
    coloured = render_feedback(outcome, style=click.style)
    assert f"{RED}-done" in coloured and f"{GREEN}+nothing" in coloured
    assert f"{OUTPUT_DIFFERS}\n" in coloured and "\nit took 3 s of virtual time" in coloured


def _short(tmp_path, extra: str):
    path = tmp_path / "bank.yaml"
    path.write_text(f"""topic: coroutines
questions:
  - id: sh
    type: short
    difficulty: 1
    prompt: Which decorator lets a generator be awaited?
    pattern: "{extra}"
    explanation: types.coroutine marks the generator's code as awaitable.
""", encoding="utf-8")
    return load_bank(path).get("sh")


def _answer_shown(question) -> str:
    outcome = Outcome(Item(question), "no idea", grade(question, "no idea"))
    return next(line for line in render_feedback(outcome, style=plain).splitlines() if line.startswith("Answer:"))


def test_a_pattern_only_key_is_shown_as_an_answer_it_accepts_never_as_the_pattern(tmp_path):
    given = _short(tmp_path, '@?types\\\\.coroutine(\\\\(\\\\))?"\n    example: "@types.coroutine')
    assert _answer_shown(given) == "Answer: @types.coroutine"
    made = _short(tmp_path, "@?types\\\\.coroutine(\\\\(\\\\))?")   # no example: the shortest answer it accepts
    assert _answer_shown(made) == "Answer: types.coroutine"
    assert grade(made, "types.coroutine").correct
    none = _short(tmp_path, "(types)\\\\.coroutine \\\\1")          # a backreference: no answer can be made
    assert _answer_shown(none) == "Answer: (the bank gives no example answer; see why below)"


def test_show_answer_gives_authors_the_whole_key(tmp_path):
    from .helpers import run

    _short(tmp_path, "@?types\\\\.coroutine(\\\\(\\\\))?")
    shown = run("show", "sh", "--answer", "--bank", tmp_path / "bank.yaml")
    assert shown.exit_code == 0, shown.output
    assert "Answer: types.coroutine\nAccepts: any answer /@?types\\.coroutine(\\(\\))?/ matches in full (any case)" \
        in shown.stdout
