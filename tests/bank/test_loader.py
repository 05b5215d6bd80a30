"""The loader accepts a good bank and reports every rule a bad one breaks, with file, line and id."""

from pathlib import Path

import pytest

from quizzer.bank import BankError, load_bank, load_bank_text

BAD = Path(__file__).parent.parent / "fixtures" / "bad"


def _expectation(path: Path):
    """Each bad fixture states the problem it must produce: `# expect: LINE | ID or - | message fragment`."""
    if path.is_dir():
        marked = [p for p in sorted(path.iterdir()) if p.read_bytes().startswith(b"# expect:")]
        path = marked[0]
    header = path.read_bytes().split(b"\n", 1)[0].decode("utf-8", "replace")
    line, question_id, fragment = (part.strip() for part in header.split(":", 1)[1].split("|"))
    return path, int(line), None if question_id == "-" else question_id, fragment


@pytest.mark.parametrize("fixture", sorted(BAD.iterdir()), ids=lambda p: p.stem)
def test_bad_bank_names_file_line_and_question(fixture):
    marked_file, line, question_id, fragment = _expectation(fixture)
    with pytest.raises(BankError) as caught:
        load_bank(fixture)
    matching = [p for p in caught.value.problems if fragment in p.message]
    assert matching, f"no problem mentions {fragment!r}: {[str(p) for p in caught.value.problems]}"
    problem = matching[0]
    assert problem.line == line
    assert problem.question_id == question_id
    expected_file = str(marked_file) if line else str(fixture)
    assert problem.file == expected_file
    rendered = str(problem)
    assert rendered.startswith(f"{expected_file}:{line}: " if line else f"{expected_file}: ")  # no line 0
    if question_id:
        assert f": question {question_id}: " in rendered


def test_every_problem_is_reported_not_just_the_first():
    text = """\
topic: tasks
questions:
  - id: one
    type: truefalse
    difficulty: 5
    prompt: P
    answer: maybe
    explanation: E
  - id: two
    type: choice
    difficulty: 1
    prompt: P
    choices: [{text: a}, {text: b}]
    explanation: E
"""
    with pytest.raises(BankError) as caught:
        load_bank_text(text, "t.yaml")
    assert [(p.line, p.question_id) for p in caught.value.problems] == [(5, "one"), (7, "one"), (13, "two")]
    assert str(caught.value).splitlines()[0] == "3 problems in the bank:"


def test_good_bank_loads_with_sources(good_bank):
    bank = load_bank(good_bank)
    assert bank.topics == ("futures", "tasks")
    assert bank.title("tasks") == "Tasks"
    assert bank.title("futures") == "futures"
    ids = [q.id for q in bank.questions]
    assert ids == ["futures-states", "futures-callback-method", "futures-write-gather",
                   "tasks-start-order", "tasks-is-future", "tasks-order"]
    first = bank.get("tasks-start-order")
    assert first.source.line == 4 and first.source.file.endswith("tasks.yaml")
    assert first.correct_letters == ("b",)
    assert first.tags == ("interview",)
    assert first.points == 1
    assert bank.get("futures-states").correct_letters == ("a", "b")
    write = bank.get("futures-write-gather")
    assert write.max_virtual_time == 1.5 and write.program == write.solution


def test_missing_path_is_a_bank_error(tmp_path):
    with pytest.raises(BankError) as caught:
        load_bank(tmp_path / "nowhere.yaml")
    assert "no such file or folder" in str(caught.value)


def test_syntax_error_in_code_points_at_the_line_inside_the_block():
    text = "topic: t\nquestions:\n  - id: q\n    type: predict\n    difficulty: 1\n    prompt: P\n" \
           "    explanation: E\n    code: |\n      import asyncio\n      x = (\n"
    with pytest.raises(BankError) as caught:
        load_bank_text(text, "t.yaml")
    (problem,) = caught.value.problems
    assert problem.line == 10
    assert "line 2 of the code" in problem.message


def test_a_file_that_is_not_utf8_is_reported_at_its_first_bad_byte(tmp_path):
    bank = tmp_path / "latin1.yaml"
    bank.write_bytes("topic: tasks\nquestions:\n  - id: caf\u00e9\n".encode("latin-1"))
    with pytest.raises(BankError) as caught:
        load_bank(bank)
    (problem,) = caught.value.problems
    assert str(problem) == (f"{bank}:3: the file is not UTF-8 text: byte 0xe9 in column 12 cannot be decoded "
                            "(save the file as UTF-8)")


def test_a_file_that_cannot_be_read_is_reported_without_a_line(tmp_path, monkeypatch):
    bank = tmp_path / "tasks.yaml"
    bank.write_text("topic: tasks\n", encoding="utf-8")

    def denied(path, limit, what):
        raise PermissionError(13, "Permission denied", str(path))

    monkeypatch.setattr("quizzer.bank.loader.read_bounded", denied)   # the tests run as root, who may read anything
    with pytest.raises(BankError) as caught:
        load_bank(bank)
    assert str(caught.value.problems[0]) == f"{bank}: cannot read the file: Permission denied"


def test_a_shared_banks_huge_file_is_not_read(good_bank, tmp_path):
    """A shared bank's file of gigabytes (a repository stores one of zeros in a few megabytes), or its link to one,
    was read whole and decoded: 8 GB of the machine's memory for `quizzer check`, a MemoryError traceback under a
    limit. Here 64 MiB, sparse, beside a good file."""
    import shutil

    from click.testing import CliRunner

    from quizzer.cli import main

    bank = tmp_path / "shared"
    shutil.copytree(good_bank, bank)
    with open(bank / "zz-huge.yaml", "wb") as huge:
        huge.truncate(64 << 20)
    result = CliRunner().invoke(main, ["check", "--no-run", "--bank", str(bank)])
    assert result.exit_code == 1 and "Traceback" not in result.output
    assert result.stderr.splitlines()[0] == f"{bank / 'zz-huge.yaml'}: larger than 16 MiB: not a bank file"
