"""Whole sessions through a real pseudo-terminal: typing answers, skipping, Ctrl-C, time running out,
and a session killed outright (SIGKILL) losing no recorded answer."""

import os
import signal

import pexpect

from quizzer.session.explain import OFFER

from .conftest import GOOD_BANK, PYTHON
from .helpers import ANSWERS, query

QUESTION = r"Question \d+ of \d+[^\n]*\r\n(\S+)  \("


def spawn(env, *args):
    child = pexpect.spawn(PYTHON, ["-m", "quizzer", *map(str, args)], env=env, encoding="utf-8", timeout=30,
                          dimensions=(50, 200))
    return child


def answer(child, question_id, right: bool):
    for line in ANSWERS[question_id][0 if right else 1].split("\n"):
        child.expect_exact("> ")
        child.sendline(line)


def after_wrong_answer(child, question_id):
    """A wrong prediction at a terminal is followed by the offer of the explorer page: decline it."""
    if question_id == "tasks-order":
        child.expect_exact(OFFER)
        child.sendline("")


def next_question(child) -> str:
    child.expect(QUESTION)
    return child.match.group(1)


def test_a_whole_quiz_right_wrong_skip_then_ctrl_c(child_env, db_path):
    child = spawn(child_env, "quiz", "--bank", GOOD_BANK, "--seed", "11")
    first = next_question(child)
    answer(child, first, right=True)
    child.expect_exact("Right. (1/1 points)")
    second = next_question(child)
    answer(child, second, right=False)
    child.expect(r"(Wrong|Partly right)\.")
    after_wrong_answer(child, second)
    third = next_question(child)
    child.expect_exact("> ")
    child.sendline("s")
    child.expect_exact("Skipped.")
    next_question(child)
    child.expect_exact("> ")
    child.sendintr()
    child.expect_exact("Interrupted.")
    child.expect(r"Score: 1/3 points \(33%\) - 2 answered, 1 skipped, 2 not reached")
    child.expect_exact("Missed:")
    child.expect(pexpect.EOF)
    output = child.before
    assert second in output and third in output
    assert "Traceback" not in output and "\x1b[" not in output  # NO_COLOR is respected
    child.close()
    assert child.exitstatus == 130
    rows = query(db_path, "SELECT question_id, status FROM reviews ORDER BY review_id")
    assert rows[0] == (first, "correct") and rows[1][0] == second and len(rows) == 2


def test_a_whole_practice_session_then_ctrl_c(child_env, db_path):
    child = spawn(child_env, "practice", "--bank", GOOD_BANK, "--seed", "12")
    asked = []
    for right in (True, False):
        asked.append(next_question(child))
        answer(child, asked[-1], right=right)
        child.expect(r"Next review in (10|1) minutes?\.")
        if not right:
            after_wrong_answer(child, asked[-1])
    next_question(child)
    child.expect_exact("> ")
    child.sendline("s")
    next_question(child)
    child.expect_exact("> ")
    child.sendintr()
    child.expect(r"Score: 1/3 points \(33%\) - 2 answered, 1 skipped")
    child.expect(pexpect.EOF)
    assert "Traceback" not in child.before
    child.close()
    assert child.exitstatus == 130
    statuses = query(db_path, "SELECT status FROM reviews ORDER BY review_id")
    assert statuses[0] == ("correct",) and statuses[1][0] in ("wrong", "partial") and len(statuses) == 2


def test_colour_is_used_in_a_terminal_without_no_color(child_env):
    env = {key: value for key, value in child_env.items() if key != "NO_COLOR"}
    child = spawn(env, "quiz", "--bank", GOOD_BANK, "--type", "truefalse")
    child.expect_exact("> ")
    child.sendline("t")
    child.expect(pexpect.EOF)
    assert "\x1b[" in child.before
    child.close()


def test_a_session_killed_outright_loses_no_recorded_answer(child_env, db_path):
    child = spawn(child_env, "practice", "--bank", GOOD_BANK, "--seed", "13")
    answered = []
    for right in (True, False, True):
        answered.append(next_question(child))
        answer(child, answered[-1], right=right)
        child.expect(r"Next review")
        if not right:
            after_wrong_answer(child, answered[-1])
    next_question(child)  # the next question is on screen: the third answer's commit is behind us
    child.kill(signal.SIGKILL)
    child.expect(pexpect.EOF)
    child.close()
    assert child.signalstatus == signal.SIGKILL
    rows = query(db_path, "SELECT question_id FROM reviews ORDER BY review_id")
    assert [row[0] for row in rows] == answered
    cards = query(db_path, "SELECT count(*) FROM cards")[0]
    assert cards == (3,)


def test_an_interview_ends_with_the_report_when_time_runs_out(child_env):
    # 4.8 seconds: time to answer one question (a fraction of a second, more on a loaded machine), then the alarm
    # must end the wait for the second.
    child = spawn(child_env, "practice", "--bank", GOOD_BANK, "--interview", "--minutes", "0.08", "--seed", "14")
    first = next_question(child)
    answer(child, first, right=True)
    child.expect_exact("Answer recorded.")
    next_question(child)
    child.expect_exact("> ")  # and wait without answering, until the alarm ends the interview
    child.expect_exact("Time is up.")
    child.expect_exact("Review of your answers")
    child.expect_exact("Readiness by topic:")
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 0


def test_a_wrong_prediction_offers_the_explorer_page_and_opens_it(child_env, tmp_path):
    opened = tmp_path / "opened.txt"
    browser = tmp_path / "browser"
    browser.write_text(f"#!/bin/sh\necho \"$1\" > {opened}\n")
    browser.chmod(0o755)
    env = dict(child_env, BROWSER=str(browser), TMPDIR=str(tmp_path))
    child = spawn(env, "quiz", "--bank", GOOD_BANK, "--type", "predict")
    assert next_question(child) == "tasks-order"
    answer(child, "tasks-order", right=False)
    child.expect_exact("How the reference loop ran it:")
    child.expect_exact(OFFER)
    child.sendline("y")
    page = tmp_path / f"quizzer-explorer-{os.getuid()}" / "tasks-order.html"
    child.expect_exact(f"Wrote {page}, opened in your browser.")
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 0
    assert opened.read_text().strip() == page.as_uri()
    text = page.read_text(encoding="utf-8")
    assert "<code>tasks-order.py</code>: how the event loop ran it" in text


def test_without_a_browser_the_page_is_written_and_its_path_given(child_env, tmp_path):
    env = {key: value for key, value in child_env.items() if key not in ("BROWSER", "DISPLAY", "WAYLAND_DISPLAY")}
    child = spawn(dict(env, TMPDIR=str(tmp_path)), "quiz", "--bank", GOOD_BANK, "--type", "predict")
    next_question(child)
    answer(child, "tasks-order", right=False)
    child.expect_exact(OFFER)
    child.sendline("yes")
    page = tmp_path / f"quizzer-explorer-{os.getuid()}" / "tasks-order.html"
    child.expect_exact(f"Wrote {page}; open it in a web browser.")
    child.expect(pexpect.EOF)
    assert page.read_text(encoding="utf-8").startswith("<!DOCTYPE html>")


def test_time_running_out_mid_answer_leaves_nothing_half_typed_behind(child_env):
    # The shell after quizzer reads whatever is left in the terminal's input: it must find nothing.
    command = (f"{PYTHON} -m quizzer practice --bank {GOOD_BANK} --interview --minutes 0.05 --seed 14; "
               "read left; echo \"left over: [$left]\"")
    child = pexpect.spawn("sh", ["-c", command], env=child_env, encoding="utf-8", timeout=30, dimensions=(50, 200))
    next_question(child)
    child.expect_exact("> ")
    child.send("waiting")          # typed, never sent: time runs out before Enter
    child.expect_exact("waiting")  # the terminal's echo
    child.expect_exact("Time is up.", timeout=20)
    assert child.before.replace("\r", "") == "\n"   # the message starts on a line of its own
    child.sendline("")   # after the message the typed text is gone (or not): this line ends what `read` gets
    child.expect(r"left over: \[(.*)\]")
    assert child.match.group(1) == ""
    child.expect(pexpect.EOF)
    child.close()
