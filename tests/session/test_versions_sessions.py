"""Sessions, show and export say which Python version an answer is for, and leave out questions for others."""

import textwrap

from .helpers import asked_ids, run

BANK = """
topic: tasks
questions:
  - id: eager-start
    type: truefalse
    difficulty: 1
    python: ">=3.12"
    prompt: With asyncio.eager_task_factory, a task's first step runs inside create_task.
    answer: true
    explanation: That is what eager means.
  - id: wait-for-task
    type: predict
    difficulty: 1
    keys_per_version: true
    prompt: What does it print?
    explanation: 3.12 runs the coroutine of wait_for in the caller's task.
    code: |
      import asyncio
      async def inner():
          return asyncio.current_task().get_name()
      async def main():
          print(await asyncio.wait_for(inner(), 1))
      asyncio.run(main())
"""


def write_bank(tmp_path):
    path = tmp_path / "bank.yaml"
    path.write_text(textwrap.dedent(BANK))
    return path


def test_a_quiz_asks_only_the_questions_for_its_version_and_says_which(tmp_path):
    bank = write_bank(tmp_path)
    old = run("quiz", "--bank", bank, "--seed", "1", "--python", "3.11", input="Task-2\n.\n")
    assert old.exit_code == 0, old.output
    assert asked_ids(old.stdout) == ["wait-for-task"]
    assert "Right." in old.stdout and "Python 3.11)." in old.stdout.splitlines()[0]
    new = run("quiz", "--bank", bank, "--seed", "1", "--python", "3.12", "--type", "predict", input="Task-2\n.\n")
    assert "Wrong." in new.stdout and "Expected output (Python 3.12):\n  Task-1" in new.stdout
    both = run("quiz", "--bank", bank, "--seed", "1", "--python", "3.13", input="t\nTask-1\n.\n")
    assert sorted(asked_ids(both.stdout)) == ["eager-start", "wait-for-task"]
    assert "(tasks · truefalse · difficulty 1 · Python >=3.12)" in both.stdout


def test_show_computes_the_answer_for_the_version_asked(tmp_path):
    bank = write_bank(tmp_path)
    shown = run("show", "wait-for-task", "--bank", bank, "--answer", "--python", "3.12")
    assert shown.exit_code == 0, shown.output
    assert "Answer (Python 3.12):\n  Task-1" in shown.stdout
    refused = run("show", "eager-start", "--bank", bank, "--answer", "--python", "3.11")
    assert refused.exit_code == 1
    assert "question eager-start is for Python >=3.12, not 3.11" in refused.output


def test_an_export_says_the_version_of_its_outputs(tmp_path):
    bank = write_bank(tmp_path)
    out = tmp_path / "handout.md"
    result = run("export", "--format", "markdown", "--bank", bank, "--python", "3.11", "--out", out)
    assert result.exit_code == 0, result.output
    text = out.read_text()
    assert "What does it print?\n\n(Python 3.11)" in text and "eager-start" not in text
    assert "```\nTask-2\n```" in text
    result = run("export", "--format", "gift", "--bank", bank, "--python", "3.13", "--out", out)
    assert result.exit_code == 0, result.output
    assert "(Python >\\=3.12)" in out.read_text() and "Task-1" in out.read_text()  # GIFT escapes =


def test_a_pack_records_its_version_and_grading_follows_it(tmp_path):
    bank = write_bank(tmp_path)
    pack = tmp_path / "pack.yaml"
    made = run("pack", "--bank", bank, "--type", "predict", "--python", "3.12", "--out", pack)
    assert made.exit_code == 0, made.output
    assert "python: '3.12'" in pack.read_text()
    answers = tmp_path / "ana.yaml"
    answers.write_text("student: Ana\nvariant: A\nanswers:\n  wait-for-task: |\n    Task-1\n")
    graded = run("grade", answers, "--bank", bank, "--pack", pack, "--out", tmp_path / "out")
    assert graded.exit_code == 0, graded.output
    assert "Ana,1,1,100.0,1" in (tmp_path / "out" / "grades.csv").read_text()
    regraded = run("grade", answers, "--bank", bank, "--pack", pack, "--python", "3.11", "--out", tmp_path / "old")
    assert "Ana,0,1,0.0,0" in (tmp_path / "old" / "grades.csv").read_text(), regraded.output
