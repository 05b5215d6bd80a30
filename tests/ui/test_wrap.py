"""Prose fits the terminal's width in show, quiz and practice; code keeps its lines; every predict
question says how to answer an exception and a hang."""

import re

from click.testing import CliRunner

from quizzer.bank import default_bank_path, load_bank
from quizzer.cli import main
from quizzer.ui.render import render_question
from quizzer.ui.wrap import prose

GOOD_BANK = "tests/fixtures/good"
CODE_LINE = re.compile(r"^\s*\d+ \| ")  # numbered program lines


def run(*args, columns, input=None, env=None):
    return CliRunner().invoke(main, [str(arg) for arg in args], input=input,
                              env={"COLUMNS": str(columns), "NO_COLOR": "1", **(env or {})})


def test_prose_wraps_sentences_and_list_items_but_never_code():
    text = ("A long sentence that has to be wrapped because it is wider than the terminal.\n"
            "1. a numbered item that is long enough to need a second line of its own\n"
            "    code_line_that_is_long = call(with_many, arguments, that, never, wrap)\n"
            "```\nfenced_code_line_that_is_long = call(with_many, arguments, that, never, wrap)\n```")
    lines = prose(text, 40).split("\n")
    assert "    code_line_that_is_long = call(with_many, arguments, that, never, wrap)" in lines
    assert "fenced_code_line_that_is_long = call(with_many, arguments, that, never, wrap)" in lines
    prose_lines = [line for line in lines if "code_line" not in line and line != "```"]
    assert all(len(line) <= 40 for line in prose_lines)
    assert prose_lines[2].startswith("1. a numbered") and prose_lines[3].startswith("   ")  # hanging indent


def test_show_wraps_the_prompt_and_explanation_to_columns_and_keeps_code(tmp_path):
    bank = load_bank(default_bank_path())
    question = next(q for q in bank.questions if q.type == "predict" and len(q.explanation) > 300
                    and max(map(len, q.code.splitlines())) > 50)
    result = run("show", question.id, "--answer", columns=50)
    assert result.exit_code == 0, result.output
    lines = result.stdout.split("\n")[1:]  # after the heading (the id and what kind of question it is)
    code = [line for line in lines if CODE_LINE.match(line)]
    assert [line.split(" | ", 1)[1] for line in code] == [line for line in question.code.rstrip("\n").split("\n")
                                                          if line.strip()]
    too_wide = [line for line in lines if len(line) > 50 and not CODE_LINE.match(line)
                and " " in line.strip()]  # a single word longer than the width may overflow
    assert too_wide == [line for line in too_wide if line.startswith("  ")]  # the expected output, verbatim


def test_quiz_feedback_prose_fits_the_width():
    result = run("quiz", "--bank", GOOD_BANK, "--type", "choice", columns=30, input="a\n")
    assert result.exit_code == 0, result.output
    why = result.stdout.split("Why:")[1].split("\n\n")[0]
    assert len(why.split("\n")) > 2  # the explanation needed several lines at this width
    assert all(len(line) <= 30 for line in ("Why:" + why).split("\n"))
    prompt_lines = result.stdout.split("When does a task")[1].split("\n\n")[0].split("\n")
    assert len(prompt_lines) > 1 and all(len(line) <= 30 for line in prompt_lines)


def test_practice_feedback_prose_fits_the_width(tmp_path):
    result = run("practice", "--bank", GOOD_BANK, "--seed", "3", "--count", "1", "--type", "choice", columns=30,
                 input="a\n", env={"QUIZZER_DB": str(tmp_path / "progress.sqlite"),
                                   "XDG_CACHE_HOME": str(tmp_path / "cache")})
    assert result.exit_code == 0, result.output
    why = result.stdout.split("Why:")[1].split("\n\n")[0]
    assert all(len(line) <= 30 or " " not in line.strip() for line in ("Why:" + why).split("\n"))


def test_every_predict_question_says_how_to_answer_an_exception_and_a_hang(monkeypatch):
    monkeypatch.setenv("COLUMNS", "300")  # one line, as long as the terminal is wide enough for it
    for question in load_bank(default_bank_path()).questions:
        if question.type == "predict":
            rendered = render_question(question).split("\n")
            assert any("uncaught exception" in line and "(hangs forever)" in line for line in rendered), question.id
