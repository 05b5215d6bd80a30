"""`quizzer quiz` through click's runner: answering, feedback, re-asking, summary, --exam, --shuffle, --save."""

import shutil
import sqlite3
import sys

import yaml

from quizzer.bank import load_bank
from quizzer.classroom.submissions import read_submissions

from .conftest import GOOD_BANK
from .helpers import ANSWERS, asked_ids, query, quiz_order, run


def answers_for(ids, pattern):
    """Input answering ids[i] right ('r'), wrong ('w') or skipping ('s') as pattern[i] says."""
    lines = []
    for question_id, how in zip(ids, pattern):
        lines.append("s" if how == "s" else ANSWERS[question_id][0 if how == "r" else 1])
    return "\n".join(lines) + "\n"


def test_same_seed_same_questions_in_same_order():
    first = quiz_order("--seed", "7")
    assert sorted(first) == sorted(ANSWERS)  # write questions are left out without --type write
    assert quiz_order("--seed", "7") == first
    assert quiz_order("--seed", "8") != first or quiz_order("--seed", "9") != first
    assert quiz_order("--seed", "7", "--count", "2") == first[:2]


def test_a_whole_quiz_right_wrong_skipped_with_feedback_and_summary(db_path):
    ids = quiz_order("--seed", "3")
    result = run("quiz", "--bank", GOOD_BANK, "--seed", "3", input=answers_for(ids, "rwsrw"))
    assert result.exit_code == 0, result.output
    out = result.stdout
    assert asked_ids(out) == ids
    assert out.count("Right. (1/1 points)") == 2
    assert out.count("Wrong. (0/1 points)") == 2
    assert out.count("Skipped.") == 1
    assert "Score: 2/5 points (40%) - 4 answered, 1 skipped" in out
    assert "By topic:" in out
    missed = out.split("Missed:")[1]
    for question_id, how in zip(ids, "rwsrw"):
        assert (question_id in missed) == (how != "r")
    # every answer (not the skip) is in the progress database
    rows = query(db_path, "SELECT question_id, status FROM reviews ORDER BY review_id")
    assert rows == [(qid, "correct" if how == "r" else "wrong") for qid, how in zip(ids, "rwsrw") if how != "s"]


def test_topic_bars_in_the_summary():
    result = run("quiz", "--bank", GOOD_BANK, "--topic", "tasks", "--type", "choice", "--type", "truefalse",
                 "--seed", "1", input="b\nt\n")
    assert result.exit_code == 0, result.output
    assert "  Tasks  [####################]  2/2  100%" in result.stdout
    assert "Missed:" not in result.stdout


def test_choice_feedback_explanation_and_answer_are_shown():
    result = run("quiz", "--bank", GOOD_BANK, "--type", "choice", input="a\n")
    out = result.stdout
    assert "Wrong. (0/1 points)" in out
    assert "a) No - create_task only schedules the first step with call_soon." in out
    assert "Answer: b\n  b) When the creator next yields to the event loop" in out
    assert "Why: create_task schedules the task's first step with call_soon" in out


def test_unreadable_answer_is_asked_again_with_the_reason():
    result = run("quiz", "--bank", GOOD_BANK, "--type", "choice", input="z\na c\nb\n")
    assert result.exit_code == 0
    assert "Cannot read that answer: 'z' is not one of the choices a, b, c. Try again" in result.stdout
    assert "Cannot read that answer: answer with exactly one letter" in result.stdout
    assert "Right. (1/1 points)" in result.stdout
    assert "Traceback" not in result.output


def test_multi_answer_letters_with_spaces_or_commas_and_partial_credit():
    spaced = run("quiz", "--bank", GOOD_BANK, "--type", "multi", input="a b\n")
    assert "Right. (1/1 points)" in spaced.stdout
    partial = run("quiz", "--bank", GOOD_BANK, "--type", "multi", input="a\n")
    assert "Partly right. (0.5/1 points)" in partial.stdout


def test_wrong_prediction_shows_diff_and_event_loop_trace():
    result = run("quiz", "--bank", GOOD_BANK, "--type", "predict", "--python", "3.12", input="child\nmain\n.\n")
    assert result.exit_code == 0, result.output
    out = result.stdout
    assert "Python 3.12)." in out.splitlines()[0]
    assert "Your output against the expected one (- expected, + yours):" in out
    assert "+child\n main\n-child" in out
    assert "Expected output (Python 3.12):\n  main\n  child" in out
    trace = out.split("How the reference loop ran it:")[1]
    assert "Task-1 (main)" in trace and "Task-2 (child)" in trace
    assert "in your browser?" not in out  # piped: every line is an answer, the explorer is not offered


def test_prediction_answer_ends_at_end_of_input():
    result = run("quiz", "--bank", GOOD_BANK, "--type", "predict", input="main\nchild\n")
    assert result.exit_code == 0
    assert "Right. (1/1 points)" in result.stdout
    assert "How the reference loop ran it" not in result.stdout


def test_q_quits_early_with_the_summary():
    ids = quiz_order("--seed", "5")
    result = run("quiz", "--bank", GOOD_BANK, "--seed", "5", input=answers_for(ids, "r") + "q\n")
    assert result.exit_code == 0
    assert "You quit the session." in result.stderr
    assert "Score: 1/1 points (100%) - 1 answered, 0 skipped, 4 not reached" in result.stdout


def test_end_of_input_ends_cleanly_with_the_summary():
    result = run("quiz", "--bank", GOOD_BANK, "--seed", "5", input="")
    assert result.exit_code == 0
    assert "End of input." in result.stderr
    assert "Summary: no question answered." in result.stdout
    assert "Traceback" not in result.output


def test_exam_holds_feedback_to_the_end():
    ids = quiz_order("--seed", "2")
    result = run("quiz", "--bank", GOOD_BANK, "--seed", "2", "--exam", input=answers_for(ids, "rwrwr"))
    assert result.exit_code == 0, result.output
    during, review = result.stdout.split("Review of your answers")
    assert "Right." not in during and "Wrong." not in during and "Why:" not in during
    assert during.count("Answer recorded.") == 5
    assert review.count("Right.") == 3 and review.count("Wrong.") == 2
    assert "Score: 3/5 points (60%)" in review


def test_shuffle_is_seeded_and_letters_map_back_for_grading_and_saving(tmp_path):
    args = ["quiz", "--bank", GOOD_BANK, "--type", "choice", "--shuffle"]
    shown = run(*args, "--seed", "4", input="s\n").stdout
    options = [line for line in shown.splitlines() if line[:3] in ("a) ", "b) ", "c) ")][:3]
    assert [o[3:] for o in options] != ["Immediately, before create_task returns",
                                        "When the creator next yields to the event loop", "Only when it is awaited"]
    right = next(o[0] for o in options if "next yields" in o)
    save = tmp_path / "answers.yaml"
    result = run(*args, "--seed", "4", "--save", save, "--student", "ada", input=f"{right}\n")
    assert "Right. (1/1 points)" in result.stdout
    assert f"Answer: {right}\n  {right}) When the creator next yields" in result.stdout
    assert yaml.safe_load(save.read_text()) == {"student": "ada", "answers": {"tasks-start-order": "b"}}


def test_save_writes_a_submission_that_grading_reads(tmp_path):
    ids = quiz_order("--seed", "6")
    save = tmp_path / "answers.yaml"
    result = run("quiz", "--bank", GOOD_BANK, "--seed", "6", "--save", save,
                 input="Grace Hopper\n" + answers_for(ids, "rrsrr"))
    assert result.exit_code == 0, result.output
    assert f"Answers saved to {save}." in result.stderr
    data = yaml.safe_load(save.read_text())
    expected = {"tasks-start-order": "b", "tasks-is-future": True, "tasks-order": "main\nchild\n",
                "futures-states": "a,b", "futures-callback-method": "add_done_callback"}
    skipped = ids[2]
    assert data == {"student": "Grace Hopper", "answers": {qid: expected[qid] for qid in ids if qid != skipped}}
    submissions, problems = read_submissions([save])
    assert problems == [] and submissions[0].student == "Grace Hopper"
    assert not list(tmp_path.glob(".answers.yaml.*"))  # no temporary file left behind


def test_save_without_a_name_at_end_of_input_is_a_usage_error(tmp_path):
    result = run("quiz", "--bank", GOOD_BANK, "--save", tmp_path / "a.yaml", input="")
    assert result.exit_code == 2
    assert "pass --student NAME" in result.stderr


def test_student_without_save_is_a_usage_error():
    result = run("quiz", "--bank", GOOD_BANK, "--student", "ada")
    assert result.exit_code == 2
    assert "add --save" in result.stderr


def test_unknown_topic_and_empty_selection_are_usage_errors():
    assert run("quiz", "--bank", GOOD_BANK, "--topic", "nope").exit_code == 2
    result = run("quiz", "--bank", GOOD_BANK, "--type", "predict", "--difficulty", "3")
    assert result.exit_code == 2
    assert "no questions match" in result.stderr


def test_write_questions_only_with_type_write():
    assert "futures-write-gather" not in quiz_order("--seed", "1")
    solution = load_bank(GOOD_BANK).get("futures-write-gather").solution
    result = run("quiz", "--bank", GOOD_BANK, "--type", "write", input=solution + ".\n")
    assert result.exit_code == 0, result.output
    assert "Right. (1/1 points)" in result.stdout
    assert "within the 1.5 s allowed" in result.stdout


def test_a_write_answer_outside_the_reference_loop_is_judged_on_real_asyncio_and_told_so_plainly():
    outside = load_bank(GOOD_BANK).get("futures-write-gather").solution.replace(
        "asyncio.sleep(1) for _", "asyncio.log.logger.debug('a sleep') or asyncio.sleep(1) for _")
    result = run("quiz", "--bank", GOOD_BANK, "--type", "write", input=outside + ".\n")
    assert result.exit_code == 0, result.output
    assert "Right. (1/1 points)" in result.stdout
    assert ("asyncio.log is outside the reference loop's subset, so your program was run on real asyncio "
            "instead") in result.stdout
    assert "--loop asyncio" not in result.stdout   # advice for `quizzer run`, not for a quiz answer
    assert "on real asyncio (waits skipped, threads in real time), within the 1.5 s allowed" in result.stdout
    assert "virtual time" not in result.stdout


def test_the_header_counts_one_question_in_the_singular():
    result = run("quiz", "--bank", GOOD_BANK, "--type", "truefalse", input="t\n")
    assert "Quiz: 1 question (feedback" in result.stdout


def test_a_predict_question_without_a_computable_key_is_dropped_with_a_warning(tmp_path):
    bank = tmp_path / "bank"
    shutil.copytree(GOOD_BANK, bank)
    with open(bank / "tasks.yaml", "a") as stream:
        stream.write("""  - id: tasks-exits
    type: predict
    difficulty: 1
    prompt: What does it print?
    code: |
      import sys
      sys.exit(3)
    explanation: It exits.
""")
    result = run("quiz", "--bank", bank, "--type", "predict", input="main\nchild\n.\n")
    assert result.exit_code == 0, result.output
    assert "warning: skipping question tasks-exits" in result.stderr
    assert "exited with status 3" in result.stderr
    assert asked_ids(result.stdout) == ["tasks-order"]


def test_a_shared_banks_program_cannot_drive_the_terminal_through_a_warning(tmp_path, title_setter):
    bank = tmp_path / "bank"
    shutil.copytree(GOOD_BANK, bank)
    with open(bank / "tasks.yaml", "a") as stream:
        stream.write(title_setter)
    result = run("quiz", "--bank", bank, "--type", "predict", input="main\nchild\n.\n")
    assert result.exit_code == 0, result.output
    assert "its answer cannot be computed: refused: \\x1b]0;pwned\\x07\n" in result.stderr
    assert "\x1b" not in result.stderr and "\x07" not in result.stderr


def test_a_shared_banks_texts_and_outputs_reach_the_screen_as_escapes(tmp_path):
    bank = tmp_path / "bank.yaml"
    bank.write_text(r"""topic: tasks
questions:
  - id: tasks-clipboard
    type: truefalse
    difficulty: 1
    prompt: "Is this true?\e]52;c;cm0gLXJmIH4=\a"
    answer: true
    explanation: "Yes.\e]0;all right\a"
  - id: tasks-erase
    type: predict
    difficulty: 1
    prompt: What prints?
    code: |
      print("\x1b]0;T\x07hi\r\x1b[2K")
    explanation: It erases its line.
""")
    result = run("quiz", "--bank", bank, "--no-cache", "--seed", "1", input="t\nx\n.\n")
    assert result.exit_code == 0, result.output
    assert "\x1b" not in result.output and "\x07" not in result.output and "\r" not in result.output
    assert "Is this true?\\x1b]52;c;cm0gLXJmIH4=\\x07\n" in result.stdout
    assert "Why: Yes.\\x1b]0;all right\\x07\n" in result.stdout
    assert "-\\x1b]0;T\\x07hi\\r\\x1b[2K\n" in result.stdout   # the expected output, in the diff


def test_corrupt_bank_is_exit_1_without_traceback(tmp_path):
    bad = tmp_path / "bank.yaml"
    bad.write_text("topic: t\nquestions: [\n")
    result = run("quiz", "--bank", bad)
    assert result.exit_code == 1
    assert "Traceback" not in result.output


def test_editor_answers_a_prediction_in_the_editor(tmp_path, monkeypatch):
    editor = tmp_path / "fake-editor"
    editor.write_text(f"#!{sys.executable}\nimport sys\nopen(sys.argv[1], 'w').write('main\\nchild\\n')\n")
    editor.chmod(0o755)
    monkeypatch.setenv("EDITOR", str(editor))
    result = run("quiz", "--bank", GOOD_BANK, "--type", "predict", "--editor", input="\n")
    assert result.exit_code == 0, result.output
    assert "Press Enter to open your editor" in result.stdout
    assert "Right. (1/1 points)" in result.stdout
    # In the editor an answer ends when it is saved, not with a line holding '.'
    assert "Type the exact output in your editor, line by line; save and close it to answer." in result.stdout
    assert "'.'" not in result.stdout


def test_at_the_prompt_a_program_is_said_to_end_with_a_dot():
    solution = load_bank(GOOD_BANK).get("futures-write-gather").solution
    result = run("quiz", "--bank", GOOD_BANK, "--type", "write", input=solution + ".\n")
    assert "Write a complete program, line by line; end with a line holding only '.'." in result.stdout


def test_an_unusable_progress_database_fails_before_the_first_question(db_path):
    connection = sqlite3.connect(db_path)
    connection.execute("CREATE TABLE recipes (name TEXT)")
    connection.commit()
    connection.close()
    result = run("quiz", "--bank", GOOD_BANK, input="b\n")
    assert result.exit_code == 1
    assert "not a quizzer progress database" in result.stderr
    assert "Question 1" not in result.stdout
