"""Grading pack submissions: the student's own letters and option texts everywhere, variants, exact points."""

import json

from click.testing import CliRunner

from quizzer.cli import main

# Variant A shows tasks-start-order's options as (bank 2, 1, 0) and futures-states' as (bank 2, 0, 1):
#   tasks-start-order  a) Only when it is awaited  b) When the creator next yields ... (right)  c) Immediately ...
#   futures-states     a) A running coroutine  b) A result (right)  c) An exception (right)
SHUFFLED = {"A": [("tasks-order", None), ("futures-states", (2, 0, 1)), ("tasks-start-order", (2, 1, 0))]}


def grade(bank, *args):
    return CliRunner().invoke(main, ["grade", "--bank", str(bank), *map(str, args)])


def test_feedback_and_results_speak_the_students_letters_with_the_option_texts(good_bank, make_pack, submit,
                                                                              tmp_path):
    pack = make_pack(SHUFFLED)
    submit("ana", {"futures-states": "a,b", "tasks-start-order": "b", "tasks-order": "main\nchild"}, variant="A")
    out = tmp_path / "out"
    result = grade(good_bank, "--pack", pack, tmp_path / "subs", "--out", out, "--cache-dir", tmp_path / "cache")
    assert result.exit_code == 0, result.output
    feedback = (out / "feedback" / "ana.md").read_text()
    assert "## 2. futures-states (wrong, 0 / 1)" in feedback
    assert ("- a) A running coroutine\n- b) A result\n- c) An exception\n\n"
            "Your answer:\n\n- a) A running coroutine\n- b) A result\n\n"
            "Right answer:\n\n- b) A result\n- c) An exception\n") in feedback
    # The chosen option's feedback is labelled with the letter the student saw (a), not the bank's (c).
    assert "- a) No - a future holds no code." in feedback
    assert "tasks-start-order" not in feedback      # answered right: not in the report of misses
    (student,) = json.loads((out / "results.json").read_text())["students"]
    assert student["variant"] == "A"
    states = {q["id"]: q for q in student["questions"]}["futures-states"]
    assert states["answer"] == "a,b" and states["correct_answer"] == "b,c"
    assert states["chosen"] == [{"letter": "a", "text": "A running coroutine"}, {"letter": "b", "text": "A result"}]
    assert states["correct_options"] == [{"letter": "b", "text": "A result"}, {"letter": "c", "text": "An exception"}]


def test_grades_csv_columns_follow_the_pack(good_bank, make_pack, submit, tmp_path):
    pack = make_pack({"A": [("tasks-order", None), ("futures-states", None)],
                      "B": [("tasks-is-future", None), ("futures-callback-method", None)]})
    submit("ana", {"tasks-order": "main\nchild"}, variant="A")
    submit("ben", {"tasks-is-future": "t"}, variant="B")
    out = tmp_path / "out"
    assert grade(good_bank, "--pack", pack, tmp_path / "subs", "--out", out, "--no-cache").exit_code == 0
    assert (out / "grades.csv").read_text().splitlines() == [
        # Question 1 of every variant, then question 2 of every variant: not the bank's order.
        "student,score,max_score,percent,tasks-order,tasks-is-future,futures-states,futures-callback-method",
        "ana,1,2,50.0,1,,0,",
        "ben,1,2,50.0,,1,,0",
    ]


def test_a_pack_submission_graded_without_the_pack_is_refused(good_bank, submit, tmp_path):
    path = submit("ana", {"futures-states": "b,c"}, variant="A")
    result = grade(good_bank, tmp_path / "subs", "--out", tmp_path / "out")
    assert result.exit_code == 2
    assert (f"Error: {path} was taken from a pack (variant A), so its letters are that variant's: "
            "grade it with --pack PACK.yaml\n") in result.stderr
    assert not (tmp_path / "out").exists()


def test_one_submission_naming_a_variant_among_others_is_skipped_and_the_rest_graded(good_bank, submit, tmp_path):
    submit("ana", {"tasks-order": "main\nchild"})
    path = submit("mallory", {"tasks-order": "main\nchild"}, variant="Z")
    out = tmp_path / "out"
    result = grade(good_bank, tmp_path / "subs", "--out", out, "--no-cache")
    assert result.exit_code == 1
    reason = (f"{path}: taken from a pack (variant Z), so its letters are that variant's: grade it with "
              "--pack PACK.yaml")
    assert result.stderr == f"skipped {reason}\n"
    assert (out / "errors.txt").read_text() == reason + "\n"
    assert (out / "grades.csv").read_text().splitlines() == ["student,score,max_score,percent,tasks-order",
                                                             "ana,1,1,100.0,1"]


def test_a_csv_without_a_variant_column_is_graded_by_the_variant_its_answers_fit(good_bank, make_pack, tmp_path):
    pack = make_pack({"A": [("tasks-order", None), ("futures-states", (2, 0, 1))],
                      "B": [("tasks-is-future", None), ("futures-states", (1, 2, 0))]})
    folder = tmp_path / "subs"
    folder.mkdir()
    (folder / "class.csv").write_text("student,tasks-order,tasks-is-future,futures-states\n"
                                      "ana,\"main\nchild\",,\"b,c\"\n"      # variant A: b,c is right there
                                      "ben,,t,\"a,c\"\n"                   # variant B: a,c is right there
                                      "cy,,,a\n"                           # both variants hold futures-states
                                      "dee,main,t,\n")                     # no variant holds both
    out = tmp_path / "out"
    result = grade(good_bank, "--pack", pack, folder, "--out", out, "--cache-dir", tmp_path / "cache")
    assert result.exit_code == 1
    students = {s["student"]: s for s in json.loads((out / "results.json").read_text())["students"]}
    assert (students["ana"]["variant"], students["ana"]["score"]) == ("A", 2)
    assert (students["ben"]["variant"], students["ben"]["score"]) == ("B", 2)
    errors = (out / "errors.txt").read_text().splitlines()
    assert errors == [
        f"{folder / 'class.csv'}:4: the answers fit variants A, B of the pack: say which was taken "
        "(`variant: NAME`, or a `variant` column in a CSV)",
        f"{folder / 'class.csv'}:5: no variant of the pack (A, B) holds every question answered; say which was "
        "taken (`variant: NAME`, or a `variant` column in a CSV)",
    ]


def test_points_stay_exact_fractions_until_they_are_printed(tmp_path, submit, thirds_bank):
    bank = thirds_bank
    submit("ana", {"third-1": "a", "third-2": "b", "third-3": "c"})    # a third of a point each
    out = tmp_path / "out"
    assert grade(bank, tmp_path / "subs", "--out", out, "--no-cache").exit_code == 0
    assert (out / "grades.csv").read_text().splitlines()[1] == "ana,1,3,33.33,0.33,0.33,0.33"
    assert (out / "feedback" / "ana.md").read_text().startswith("# Feedback for ana\n\nScore: 1 / 3 (33.33 %)\n")
    (student,) = json.loads((out / "results.json").read_text())["students"]
    assert (student["score"], student["percent"]) == (1, 33.33)


DEADLOCK = """\
import asyncio

async def main():
    await asyncio.get_running_loop().create_future()

asyncio.run(main())
"""


def test_the_whole_deadlock_report_reaches_the_feedback(good_bank, submit, tmp_path):
    submit("ana", {"futures-write-gather": DEADLOCK})
    out = tmp_path / "out"
    assert grade(good_bank, tmp_path / "subs", "--out", out, "--cache-dir", tmp_path / "cache").exit_code == 0
    (student,) = json.loads((out / "results.json").read_text())["students"]
    (note,) = student["questions"][0]["feedback"]
    assert note.startswith("your program did not finish: deadlock:")
    assert note.endswith("yet the program still waits:\n  Task-1 (main) waiting on a Future")
    assert "  Task-1 (main) waiting on a Future\n```" in (out / "feedback" / "ana.md").read_text()


def _practice_pack(good_bank, tmp_path):
    path = tmp_path / "practice.yaml"
    result = CliRunner().invoke(main, ["pack", "--bank", str(good_bank), "--count", "6", "--practice-keys", "--out",
                                       str(path), "--no-cache"])
    assert result.exit_code == 0, result.output
    return path


def test_a_practice_pack_gives_its_choice_keys_away_and_grading_with_one_warns(good_bank, submit, tmp_path):
    """A practice pack's salted hashes hide a program's output, not a letter: a student holding the pack finds each
    choice, multi-select and true/false answer by trying every letter, offline. Grading with one said nothing."""
    import hashlib
    from itertools import combinations

    from quizzer.bank import load_bank
    from quizzer.classroom.packs import load_pack

    path = _practice_pack(good_bank, tmp_path)
    pack, bank = load_pack(path), load_bank(good_bank)
    found = {}
    for item in pack.variants[0].items:
        question = bank.get(item.id)
        letters = "abcdefgh"[:len(question.choices)]
        tries = (["true", "false"] if question.type == "truefalse" else
                 [",".join(chosen) for size in range(1, len(letters) + 1) for chosen in combinations(letters, size)])
        found[item.id] = [answer for answer in tries if hashlib.sha256(
            f"{pack.salt}\0{item.id}\0{answer}".encode()).hexdigest() in item.key_hashes]
    assert found["tasks-is-future"] == ["true"] and len(found["tasks-start-order"]) == 1
    submission = submit("ada", {"tasks-is-future": "t"}, variant="A")
    result = grade(good_bank, "--pack", path, submission, "--out", tmp_path / "out", "--no-cache")
    assert result.exit_code == 0, result.output
    assert result.stderr.splitlines() == [
        f"warning: {path} is a practice pack: anyone holding it finds the right answer of each choice, multi-select "
        "and true/false question by trying every letter against its hashes (as its quiz tells right from wrong), so "
        "grades on those questions show little; hand out a pack built without --practice-keys for a graded quiz"]


def test_a_pack_without_practice_keys_grades_without_a_warning(good_bank, make_pack, submit, tmp_path):
    submission = submit("ada", {"tasks-order": "main\nchild"}, variant="A")
    result = grade(good_bank, "--pack", make_pack(SHUFFLED), submission, "--out", tmp_path / "out", "--no-cache")
    assert result.exit_code == 0, result.output
    assert result.stderr == ""
