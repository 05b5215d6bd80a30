"""`quizzer grade --format gradescope`: one submission's results.json, valid against Gradescope's documented format."""

import json
from pathlib import Path

import jsonschema
import pytest
from click.testing import CliRunner

from quizzer.cli import main

SCHEMA = json.loads((Path(__file__).parent / "gradescope_results.schema.json").read_text())
PACK = {"A": [("tasks-start-order", (2, 1, 0)), ("tasks-order", None), ("futures-write-gather", None),
              ("futures-states", (2, 0, 1))]}
# Text that gives each question's answer away.
KEYS = ("When the creator next yields", "main\n  child", "asyncio.gather", "An exception")


def gradescope(bank, pack, submission, out, *options):
    result = CliRunner().invoke(main, ["grade", "--bank", str(bank), "--pack", str(pack), str(submission),
                                       "--out", str(out), "--format", "gradescope", "--no-cache", *options])
    data = json.loads((out / "results.json").read_text()) if (out / "results.json").exists() else None
    if data is not None:
        jsonschema.validate(data, SCHEMA)
    return result, data


def scored(data):
    return [test for test in data["tests"] if "score" in test]


def test_the_maximum_is_the_packs_and_every_question_is_a_test(good_bank, make_pack, submit, tmp_path):
    pack = make_pack(PACK)
    path = submit("bob", {"tasks-start-order": "b"}, variant="A")       # one right answer of four questions
    result, data = gradescope(good_bank, pack, path, tmp_path / "gs")
    assert result.exit_code == 0, result.output
    assert data["score"] == 1
    assert [t["name"] for t in scored(data)] == ["1. tasks-start-order", "2. tasks-order", "3. futures-write-gather",
                                                "4. futures-states"]
    assert sum(t["max_score"] for t in scored(data)) == 4
    assert data["extra_data"]["max_score"] == 4
    assert data["output"].startswith("Week 3, variant A: 1 / 4 points.")


def test_scores_and_feedback_are_visible_and_the_answers_wait_for_publication(good_bank, make_pack, submit,
                                                                             tmp_path):
    pack = make_pack(PACK)
    path = submit("blank", {}, variant="A")
    result, data = gradescope(good_bank, pack, path, tmp_path / "gs")
    assert result.exit_code == 0, result.output
    assert data["stdout_visibility"] == "hidden"
    visible = [t for t in data["tests"] if t["visibility"] == "visible"]
    published = [t for t in data["tests"] if t["visibility"] == "after_published"]
    assert len(visible) == len(published) == 4 and visible == scored(data)
    shown_now = data["output"] + "".join(t["output"] for t in visible)
    for key in KEYS:
        assert key not in shown_now
        assert any(key in t["output"] for t in published)
    assert all("score" not in t for t in published)     # the answers carry no points of their own


def test_a_wrong_prediction_shows_its_score_now_and_its_diff_with_the_answers(good_bank, make_pack, submit, tmp_path):
    pack = make_pack(PACK)
    path = submit("cy", {"tasks-order": "child\nmain", "futures-states": "a"}, variant="A")
    _, data = gradescope(good_bank, pack, path, tmp_path / "gs")
    tests = {t["name"]: t for t in data["tests"]}
    predict = tests["2. tasks-order"]
    assert predict["output"].startswith("Wrong: 0 / 1\n\nYour answer:\n  child\n  main")
    assert "+++" not in predict["output"] and "expected" not in predict["output"]
    assert "--- expected" in tests["2. tasks-order: the right answer"]["output"]
    states = tests["4. futures-states"]["output"]
    # The student's own letter and the option's text now; that option's feedback (it says the option is wrong) with
    # the answers.
    assert "Your answer:\n  a) A running coroutine" in states and "No - a future holds no code" not in states
    assert "a) No - a future holds no code." in tests["4. futures-states: the right answer"]["output"]


def test_choosing_every_option_reads_no_feedback_before_the_answers_are_published(good_bank, make_pack, submit,
                                                                                   tmp_path):
    """Each option's feedback says whether it is right: shown with the score, a submission choosing every option read
    the whole key of a multi-select question, and the next one scored full marks."""
    path = submit("eve", {"futures-states": "a,b,c"}, variant="A")
    _, data = gradescope(good_bank, make_pack(PACK), path, tmp_path / "gs")
    shown_now = data["output"] + "".join(t["output"] for t in data["tests"] if t["visibility"] == "visible")
    assert "Your answer:\n  a) A running coroutine\n  b) A result\n  c) An exception" in shown_now
    assert "No -" not in shown_now


def test_visibility_is_configurable(good_bank, make_pack, submit, tmp_path):
    pack = make_pack(PACK)
    path = submit("bob", {}, variant="A")
    _, data = gradescope(good_bank, pack, path, tmp_path / "gs", "--visibility", "after_due_date",
                         "--answer-visibility", "hidden", "--stdout-visibility", "visible")
    assert {t["visibility"] for t in scored(data)} == {"after_due_date"}
    assert {t["visibility"] for t in data["tests"] if "score" not in t} == {"hidden"}
    assert data["stdout_visibility"] == "visible"


@pytest.mark.parametrize("case", ["nothing", "two files", "not yaml", "other file", "class csv", "link out"])
def test_a_submission_that_cannot_be_graded_still_gets_results_scoring_zero(good_bank, make_pack, tmp_path, case):
    pack = make_pack(PACK)
    folder = tmp_path / "submission"
    folder.mkdir()
    if case == "two files":
        (folder / "a.yaml").write_text("student: a\nanswers: {}\n")
        (folder / "b.yaml").write_text("student: b\nanswers: {}\n")
    elif case == "not yaml":
        (folder / "answers.yaml").write_text("student: [unclosed\n")
    elif case == "other file":
        (folder / "answers.txt").write_text("b, main child\n")
    elif case == "class csv":
        (folder / "all.csv").write_text("student,variant,tasks-order\na,A,x\nb,A,y\n")
    elif case == "link out":   # to a file of the autograder's own, here one that scores full marks
        (tmp_path / "source").mkdir()
        (tmp_path / "source" / "check.yaml").write_text("student: key\nvariant: A\nanswers: {tasks-order: main}\n")
        (folder / "answers.yaml").symlink_to("../source/check.yaml")
    result, data = gradescope(good_bank, pack, folder, tmp_path / "gs")
    assert result.exit_code == 1 and "Traceback" not in result.output
    assert data["score"] == 0
    (test,) = data["tests"]
    assert (test["score"], test["max_score"], test["visibility"]) == (0, 4, "visible")
    reason = {"nothing": "No submission file was found", "two files": "2 submission files were found (a.yaml, b.yaml)",
              "not yaml": "not valid YAML at line 2", "other file": "(found: answers.txt)",
              "class csv": "the file holds 2 students' answers",
              "link out": f"a symbolic link to a file outside {folder}: not read"}[case]
    assert reason in test["output"] and reason in data["output"]


def test_a_file_name_that_drives_the_terminal_is_shown_as_escapes(good_bank, make_pack, tmp_path):
    folder = tmp_path / "submission"
    folder.mkdir()
    (folder / "answers\x1b]52;c;cm0gLXJmIH4=\x07.txt").write_text("b\n")
    result, data = gradescope(good_bank, make_pack(PACK), folder, tmp_path / "gs")
    assert result.exit_code == 1
    assert "(found: answers\\x1b]52;c;cm0gLXJmIH4=\\x07.txt)" in result.stdout
    assert "\x1b" not in result.stdout and "\x07" not in result.stdout
    assert "(found: answers\x1b]52;c;cm0gLXJmIH4=\x07.txt)" in data["output"]  # a file: the text as it is


@pytest.mark.parametrize("graded", [True, False])
def test_every_output_is_declared_plain_text(good_bank, make_pack, tmp_path, graded):
    """A student's answer, file names and what their program printed are in the outputs; left to Gradescope's
    default format, rendered as HTML or Markdown, `<img src=...>` in an answer showed an image fetched from anywhere
    to whoever looked at the submission, and a repr like `<Task pending ...>` showed as nothing."""
    folder = tmp_path / "submission"
    folder.mkdir()
    answer = "<img src=https://example.invalid/x.png>\n<Task pending name='Task-1'>"
    (folder / ("answers.yaml" if graded else "<i>x.txt")).write_text(json.dumps(
        {"student": "eve", "variant": "A", "answers": {"tasks-order": answer}}))
    result, data = gradescope(good_bank, make_pack(PACK), folder, tmp_path / "gs")
    assert "Traceback" not in result.output
    assert "<img src=https://example.invalid/x.png>" in json.dumps(data) if graded else "<i>x.txt" in data["output"]
    assert (data["output_format"], data["test_output_format"]) == ("text", "text")
    assert all(test.get("output_format", "text") == "text" for test in data["tests"])


def test_gradescope_needs_the_pack(good_bank, submit, tmp_path):
    path = submit("bob", {})
    result = CliRunner().invoke(main, ["grade", "--bank", str(good_bank), str(path), "--out", str(tmp_path / "gs"),
                                       "--format", "gradescope"])
    assert result.exit_code == 2 and "--format gradescope needs --pack" in result.stderr
