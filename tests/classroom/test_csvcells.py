"""grades.csv is safe to open in a spreadsheet: text that would run as a formula is neutralised (OWASP), and
quizzer reads such a cell back as the text it stood for."""

import csv
import io

import pytest

from quizzer.classroom.csvcells import neutralise, restore
from quizzer.classroom.submissions import _read_csv

DANGEROUS = ["=HYPERLINK(\"http://x\",\"click\")", "+1+1", "-2+3", "@SUM(A1)", "\t=1+1", "\r=1+1"]


@pytest.mark.parametrize("text", DANGEROUS)
def test_formula_starts_are_neutralised_and_restored(text):
    assert neutralise(text) == "'" + text
    assert restore(neutralise(text)) == text


@pytest.mark.parametrize("text", ["alice", "'quoted'", "O'Brien", "1e3", "", "a=b"])
def test_other_text_is_left_alone(text):
    assert neutralise(text) == text
    assert restore(text) == text


def test_numbers_are_left_alone():
    assert neutralise(-1) == -1
    assert neutralise(2.5) == 2.5


def test_a_neutralised_gradebook_cell_reads_back_as_the_name():
    names = [name for name in DANGEROUS if name == name.strip()]  # names are stripped when submissions are read
    buffer = io.StringIO(newline="")
    csv.writer(buffer, lineterminator="\n").writerows([["student", "q1"], *([neutralise(name), "a"] for name in names)])
    assert all(row[0].startswith("'") for row in list(csv.reader(io.StringIO(buffer.getvalue(), newline="")))[1:])
    submissions, problems = _read_csv(buffer.getvalue(), "class.csv")
    assert problems == []
    assert [submission.student for submission in submissions] == names
