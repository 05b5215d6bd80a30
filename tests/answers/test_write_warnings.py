"""`quizzer check` warns, without failing, about write questions graded by what they print."""

import json
import textwrap

from click.testing import CliRunner

from quizzer.cli import main

OUTPUT_ONLY = """
topic: tasks
questions:
  - id: prints-three
    type: write
    difficulty: 1
    prompt: |
      Make the two waits concurrent. The program must print exactly:
        first
        second
    starter: |
      import asyncio

      async def main():
          await asyncio.sleep(1)
          print("first")
          await asyncio.sleep(1)
          print("second")

      asyncio.run(main())
    solution: |
      import asyncio

      async def main():
          await asyncio.sleep(1)
          print("first")
          print("second")

      asyncio.run(main())
    explanation: Only the first wait is needed before both lines; there is nothing to wait for after it.
"""


def check(tmp_path, text):
    bank = tmp_path / "bank.yaml"
    bank.write_text(textwrap.dedent(text))
    return CliRunner().invoke(main, ["check", "--bank", str(bank), "--no-cache", "--json"])


def test_an_output_only_question_is_warned_about_and_so_is_its_prompt_showing_the_output(tmp_path):
    result = check(tmp_path, OUTPUT_ONLY)
    assert result.exit_code == 0, result.output
    report = json.loads(result.stdout)
    assert report["ok"] is True
    assert [(w["question"], w["kind"]) for w in report["warnings"]] == [
        ("prints-three", "no-cases"), ("prints-three", "expected-in-prompt")]


def test_text_output_says_warning_on_stderr(tmp_path):
    bank = tmp_path / "bank.yaml"
    bank.write_text(textwrap.dedent(OUTPUT_ONLY.replace("print exactly:\n        first\n        second\n",
                                                        "print two lines.\n")))
    result = CliRunner().invoke(main, ["check", "--bank", str(bank), "--no-cache"])
    assert result.exit_code == 0
    assert result.stderr.splitlines() == [
        f"warning: {bank}:4: question prints-three: no-cases: graded by what the program prints, which an answer "
        "printing the expected output passes: give it an `entry` and `cases`"]


STARTER_PASSES_CASE_1 = """
topic: tasks
questions:
  - id: double
    type: write
    difficulty: 1
    prompt: Write double(x), returning twice x.
    entry: double
    starter: |
      async def double(x):
          return x + x if x == 2 else x
    solution: |
      async def double(x):
          return 2 * x
    cases:
      - call: double(2)
      - call: double(5)
        hidden: true
    explanation: Twice x is 2 * x, for every x and not only for the example shown.
"""
STARTER_WARNING = "the starter passes case(s) 1 (seed check-1): such a case cannot tell a fixed answer from the starter"


def test_a_starter_passing_a_case_is_warned_about(tmp_path):
    report = json.loads(check(tmp_path, STARTER_PASSES_CASE_1).stdout)
    assert report["ok"] is True
    assert [w["message"] for w in report["warnings"]] == [STARTER_WARNING]


def test_the_starters_are_judged_in_the_same_pool_as_every_other_run(tmp_path, monkeypatch):
    from quizzer.runpool import RunPool
    from quizzer.sandbox import runner

    pools, made, drive, run_code = [], [], RunPool.drive, runner.run_code

    def counted(pool, work):
        pools.append(pool)
        return drive(pool, work)

    def watched(code, **options):  # every run, in a pool or not (run_many calls the runner's own)
        made.append(code)
        return run_code(code, **options)

    monkeypatch.setattr(RunPool, "drive", counted)
    monkeypatch.setattr(runner, "run_code", watched)
    result = check(tmp_path, STARTER_PASSES_CASE_1)
    assert result.exit_code == 0, result.output
    assert [w["message"] for w in json.loads(result.stdout)["warnings"]] == [STARTER_WARNING]
    assert len(pools) == 1 and pools[0].done == len(made)
    assert sum("x + x if x == 2" in code for code in made) == 1  # the starter, judged once
