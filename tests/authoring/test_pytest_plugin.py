"""The pytest plugin: every question of a bank is a test named by its id, failing with check's message."""

import shutil
import textwrap

NONDETERMINISTIC = textwrap.dedent("""\
    topic: extra
    questions:
      - id: extra-random
        type: predict
        difficulty: 1
        prompt: What does this print?
        code: |
          import random
          print(random.random())
        explanation: It cannot be predicted, which is the bug.
      - id: extra-broken
        type: choice
        difficulty: 1
        prompt: P
        choices: [{text: a, correct: true}, {text: b, correct: true}]
        explanation: E
    """)


def test_each_question_is_a_test(pytester, good_bank):
    bank = pytester.path / "bank"
    shutil.copytree(good_bank, bank)
    (bank / "zz-extra.yaml").write_text(NONDETERMINISTIC)
    result = pytester.runpytest_subprocess("--quizzer-bank", str(bank), "-p", "no:cacheprovider", "-v",
                                           "--quizzer-no-cache")
    result.assert_outcomes(passed=6, failed=2)
    result.stdout.fnmatch_lines([
        "*futures.yaml::futures-write-gather PASSED*",
        "*tasks.yaml::tasks-start-order PASSED*",
        "*tasks.yaml::tasks-order PASSED*",
        "*zz-extra.yaml::extra-random FAILED*",
        "*zz-extra.yaml::extra-broken FAILED*",
    ])
    result.stdout.fnmatch_lines(["*question extra-random: nondeterministic: two runs differ*",
                                 "*zz-extra.yaml:15: question extra-broken: a choice question needs exactly one*"],
                                consecutive=False)
    assert "Traceback" not in result.stdout.str()


def test_bank_folder_given_as_argument(pytester, good_bank):
    bank = pytester.path / "bank"
    shutil.copytree(good_bank, bank)
    result = pytester.runpytest_subprocess(str(bank), "-p", "no:cacheprovider", "--quizzer-no-differential")
    result.assert_outcomes(passed=6)


def test_plain_pytest_run_ignores_yaml_files(pytester, good_bank):
    shutil.copytree(good_bank, pytester.path / "bank")
    (pytester.path / "test_ok.py").write_text("def test_ok():\n    pass\n")
    result = pytester.runpytest_subprocess("-p", "no:cacheprovider")
    result.assert_outcomes(passed=1)
