"""Bank, pack and submission files are read as YAML 1.2 reads them, as editors and the JSON Schema do."""

import os
import subprocess
import sys

import pytest

from quizzer.bank import load_bank_text
from quizzer.bank.yaml12 import load

# plain scalar -> what YAML 1.2's core schema makes of it (PyYAML, a YAML 1.1 reader, differs on each)
YAML11_DIFFERENCES = {
    "yes": "yes", "No": "No", "on": "on", "OFF": "OFF", "y": "y",
    "010": 10, "1:30": "1:30", "1_000": "1_000", "2024-01-01": "2024-01-01", "=": "=",
}
# ... and the forms both read alike
COMMON = {"true": True, "False": False, "12": 12, "-3": -3, "0o17": 15, "0x1F": 31, "1.5e3": 1500.0, "~": None,
          "null": None, "": None, "text": "text"}


@pytest.mark.parametrize("plain", sorted(YAML11_DIFFERENCES | COMMON))
def test_plain_scalars_take_their_yaml_1_2_type(plain):
    expected = {**YAML11_DIFFERENCES, **COMMON}[plain]
    assert load(f"value: {plain}\n") == {"value": expected}


def test_a_choice_written_no_is_the_word():
    bank = load_bank_text("""\
topic: t
questions:
  - id: q
    type: choice
    difficulty: 1
    prompt: Does a coroutine run when it is called?
    choices:
      - text: Yes
      - text: No
        correct: true
    explanation: Calling it only builds the coroutine object.
""")
    assert [c.text for c in bank.questions[0].choices] == ["Yes", "No"]


def test_a_submission_answer_no_is_the_word(tmp_path):
    from quizzer.classroom.submissions import read_submissions

    (tmp_path / "s.yaml").write_text("student: ana\nanswers: {some-short-question: no, a-truefalse: yes}\n")
    (submission,), problems = read_submissions([tmp_path / "s.yaml"])
    assert problems == [] and submission.answers == {"some-short-question": "no", "a-truefalse": "yes"}


def test_a_set_is_read_as_its_members_in_the_order_written():
    """A Python set would list them in hash order: another order in each run, and in every output showing them."""
    assert load("answer: !!set {pear, apple, fig, kiwi, plum}\n") == {"answer": ["pear", "apple", "fig", "kiwi", "plum"]}


def test_grading_a_set_answer_writes_the_same_files_in_every_run(tmp_path):
    (tmp_path / "s.yaml").write_text("student: ana\nanswers:\n  coroutines-choice-call-without-await: "
                                     "!!set {banana, fig, dates, elder, cherry, apple}\n")
    outputs = []
    for hash_seed in ("1", "2"):  # each run its own string hashes, as two runs of quizzer have
        out = tmp_path / f"out{hash_seed}"
        subprocess.run([sys.executable, "-m", "quizzer", "grade", str(tmp_path / "s.yaml"), "--out", str(out)],
                       env={**os.environ, "PYTHONHASHSEED": hash_seed}, capture_output=True, check=False)
        outputs.append({path.name: path.read_bytes() for path in out.rglob("*") if path.is_file()})
    assert "errors.txt" in outputs[0] and b"banana" in outputs[0]["errors.txt"]
    assert outputs[0] == outputs[1]
