"""`quizzer grade` end to end on the fixture bank: outputs, bad input, hostile answers, reruns."""

import json
import os
import re
from pathlib import Path

import pytest
from click.testing import CliRunner

from quizzer.cli import main

GOOD_WRITE = """\
import asyncio

async def main():
    await asyncio.gather(*(asyncio.sleep(1) for _ in range(3)))
    print("done")

asyncio.run(main())
"""
SEQUENTIAL_WRITE = GOOD_WRITE.replace("await asyncio.gather(*(asyncio.sleep(1) for _ in range(3)))",
                                      "for _ in range(3):\n        await asyncio.sleep(1)")


@pytest.fixture
def class_folder(tmp_path):
    folder = tmp_path / "submissions"
    folder.mkdir()
    (folder / "alice.yaml").write_text(json.dumps({"student": "alice", "answers": {
        "tasks-start-order": "b", "tasks-is-future": True, "tasks-order": "main\nchild\n",
        "futures-states": "a,b", "futures-callback-method": "add_done_callback", "futures-write-gather": GOOD_WRITE}}))
    (folder / "bob.json").write_text(json.dumps({"student": "bob", "answers": {
        "tasks-start-order": "a", "tasks-is-future": "f", "tasks-order": "child\nmain",
        "futures-states": ["a", "c"], "futures-write-gather": SEQUENTIAL_WRITE}}))
    (folder / "class.csv").write_text("student,tasks-start-order,tasks-is-future\ncarol,B,t\n")
    return folder


def grade(bank, *args):
    return CliRunner().invoke(main, ["grade", "--bank", str(bank), *map(str, args)])


def test_outputs_and_scores(good_bank, class_folder, tmp_path):
    out = tmp_path / "out"
    result = grade(good_bank, class_folder, "--out", out, "--cache-dir", tmp_path / "cache")
    assert result.exit_code == 0, result.output
    assert result.stdout == f"graded 3 submission(s), skipped 0; results in {out}\n"
    assert sorted(p.relative_to(out).as_posix() for p in out.rglob("*") if p.is_file()) == [
        "errors.txt", "feedback/alice.md", "feedback/bob.md", "feedback/carol.md", "grades.csv", "report.html",
        "results.json"]
    assert (out / "grades.csv").read_text().splitlines() == [
        "student,score,max_score,percent,futures-states,futures-callback-method,futures-write-gather,"
        "tasks-start-order,tasks-is-future,tasks-order",
        "alice,6,6,100.0,1,1,1,1,1,1",
        "bob,0,6,0.0,0,0,0,0,0,0",
        "carol,2,6,33.33,0,0,0,1,1,0",
    ]
    results = json.loads((out / "results.json").read_text())
    bob = {q["id"]: q for q in results["students"][1]["questions"]}
    assert bob["futures-callback-method"]["status"] == "unanswered"
    assert bob["futures-write-gather"]["feedback"] == ["it took 3 s of virtual time, more than the 1.5 s allowed"]
    assert bob["tasks-order"]["correct_answer"] == "main\nchild"
    assert "+child\n main\n-child" in bob["tasks-order"]["feedback"][0]
    feedback = (out / "feedback" / "bob.md").read_text()
    assert "## 6. tasks-order (wrong, 0 / 1)" in feedback and "Why:" in feedback
    report = (out / "report.html").read_text()
    assert "<script" not in report and "http" not in report.replace('xmlns="http://www.w3.org/2000/svg"', "")
    assert "<svg" in report and "Item analysis" in report
    assert (out / "errors.txt").read_text() == ""


def test_rerun_is_byte_identical(good_bank, class_folder, tmp_path):
    first, second = tmp_path / "one", tmp_path / "two"
    assert grade(good_bank, class_folder, "--out", first, "--no-cache").exit_code == 0
    assert grade(good_bank, class_folder, "--out", second, "--no-cache").exit_code == 0
    files = sorted(p.relative_to(first) for p in first.rglob("*") if p.is_file())
    for relative in files:
        assert (first / relative).read_bytes() == (second / relative).read_bytes(), relative


BAD_SUBMISSIONS = {
    "broken.yaml": ("student: [unclosed\n", "not valid YAML at line"),
    "broken.json": ("{\"student\": ", "not valid JSON"),
    "notes.yaml": ("- a shopping list\n- eggs\n", "not a submission"),
    "unknown-id.yaml": ("student: u\nanswers: {no-such-question: a}\n", "unknown question id(s): no-such-question"),
    "extra-field.yaml": ("student: e\nanswers: {}\ngrade: 100\n", "unknown field(s) grade"),
    "rows.csv": ("student,tasks-is-future\nx,t,extra\n", "more cells than the header"),
    "no-student.csv": ("name,tasks-is-future\nx,t\n", "needs a `student` column"),
    # YAML aliases: a million values in five lines (nine lines make it 10**9, which hung grade reading the
    # variant as text), and a list holding itself
    "aliases.yaml": ("student: mallory\nvariant: [&a [x, x, x, x, x, x, x, x, x, x]"
                     + "".join(f", &{b} [{', '.join(['*' + a] * 10)}]" for a, b in zip("abcde", "bcdef"))
                     + "]\nanswers: {}\n", "more than 10,000 values (counting what YAML aliases repeat)"),
    "self.yaml": ("student: s\nanswers: {tasks-is-future: &a [*a]}\n", "more than 10,000 values"),
    # 1,000 aliases of one text of 20 kB: 20 MB of answers in a file of 25 kB
    "long.yaml": ("student: s\nanswers: {tasks-order: &a " + "a" * 20_000 + ", tasks-start-order: ["
                  + ", ".join(["*a"] * 1000) + "]}\n", "more than 16 MiB of text (counting what YAML aliases repeat)"),
    "digits.yaml": ("student: s\nanswers: {tasks-is-future: 1" + "0" * 5000 + "}\n", "not valid YAML: Exceeds"),
    # a header cell past the csv module's default limit of 128 kB stopped grade with a traceback
    "header.csv": ("student,t" + "x" * 200_000 + "\nx,t\n", "unknown question id(s): txxx"),
}


@pytest.mark.parametrize("name", sorted(BAD_SUBMISSIONS))
def test_bad_submission_is_skipped_with_reason_and_the_rest_graded(good_bank, class_folder, tmp_path, name):
    text, reason = BAD_SUBMISSIONS[name]
    bad = class_folder / ("zz-" + name)
    bad.write_text(text)
    out = tmp_path / "out"
    result = grade(good_bank, class_folder, "--out", out, "--cache-dir", tmp_path / "cache")
    assert result.exit_code == 1
    assert "Traceback" not in result.output
    errors = (out / "errors.txt").read_text().splitlines()
    assert len(errors) == 1 and errors[0].startswith(str(bad)) and reason in errors[0], errors
    assert f"skipped {bad}" in result.stderr
    assert len((out / "grades.csv").read_text().splitlines()) == 4   # header + the three good students


def test_a_long_answer_in_a_class_export_loses_no_row(good_bank, class_folder, tmp_path):
    """A cell past the csv module's default limit of 128 kB ended a class's CSV there: mallory's long answer was
    reported as `not valid CSV`, and every student after her went ungraded, unnamed."""
    (class_folder / "class.csv").write_text("student,tasks-is-future,tasks-order\ncarol,t,x\nmallory,t,"
                                            + "x" * 200_000 + "\ndave,t,main\n")
    out = tmp_path / "out"
    result = grade(good_bank, class_folder, "--out", out, "--cache-dir", tmp_path / "cache")
    assert result.exit_code == 0, result.output
    assert [row.split(",")[:2] for row in (out / "grades.csv").read_text().splitlines()[1:]] == [
        ["alice", "6"], ["bob", "0"], ["carol", "1"], ["mallory", "1"], ["dave", "1"]]


def test_folders_nested_deeper_than_pythons_recursion_are_walked(good_bank, class_folder, tmp_path):
    """pathlib's rglob walks folders by recursion on Python 3.11: an upload holding folders 1,100 deep stopped grade
    with a RecursionError traceback, and no output for anyone."""
    deep = top = class_folder / "mallory"
    deep.mkdir()
    for _ in range(1100):
        deep /= "a"
        deep.mkdir()
    (deep / "dave.yaml").write_text("student: dave\nanswers: {tasks-is-future: t}\n")
    out = tmp_path / "out"
    try:
        result = grade(good_bank, class_folder, "--out", out, "--cache-dir", tmp_path / "cache")
    finally:   # taken down from the bottom: pytest's own clean-up of old runs recurses, as rglob did
        (deep / "dave.yaml").unlink()
        while deep != class_folder:
            deep.rmdir()
            deep = deep.parent
    assert not top.exists()
    assert result.exit_code == 0, result.output
    assert [row.split(",")[0] for row in (out / "grades.csv").read_text().splitlines()] == [
        "student", "alice", "bob", "carol", "dave"]


def _link_to_zeros(path):
    path.symlink_to("/dev/zero")


def _named_pipe(path):
    os.mkfifo(path)


def _past_the_limit(path):
    from quizzer.classroom.submissions import FILE_LIMIT

    path.write_text(json.dumps({"student": "huge", "answers": {"tasks-order": "x\n" * (FILE_LIMIT // 2)}}))


NOT_REGULAR = "not a regular file (a device, a named pipe or a socket): not read"


@pytest.mark.parametrize(("make", "reason"), [(_link_to_zeros, NOT_REGULAR), (_named_pipe, NOT_REGULAR),
                                              (_past_the_limit, "larger than 16 MiB: not a quiz's answers")])
def test_a_submission_that_never_ends_or_never_comes_is_not_read(good_bank, class_folder, tmp_path, make, reason):
    """`grade subs/*` names each file: a student's link to /dev/zero filled the grader's memory, a named pipe left
    it waiting for ever, and a file of gigabytes was read whole."""
    bad = class_folder / "zz-mallory.yaml"
    make(bad)
    out = tmp_path / "out"
    result = grade(good_bank, *sorted(class_folder.iterdir()), "--out", out, "--cache-dir", tmp_path / "cache")
    assert result.exit_code == 1 and "Traceback" not in result.output
    assert (out / "errors.txt").read_text().splitlines() == [f"{bad}: {reason}"]
    assert len((out / "grades.csv").read_text().splitlines()) == 4   # header + the three good students


def test_a_link_out_of_the_submissions_folder_is_not_followed(good_bank, class_folder, tmp_path):
    """A student's upload (a zip, a repository) can hold a symbolic link: `mallory.csv` linking to the instructor's
    gradebook of another class had each of its rows graded as a submission, in a student's name."""
    elsewhere = tmp_path / "last-year.csv"
    elsewhere.write_text("student,tasks-is-future\nzed,t\n")
    (class_folder / "mallory.csv").symlink_to(os.path.relpath(elsewhere, class_folder))
    (class_folder / "inside").mkdir()
    (class_folder / "inside" / "dave.txt").write_text("student: dave\nanswers: {tasks-is-future: t}\n")
    (class_folder / "dave.yaml").symlink_to("inside/dave.txt")   # a link within its folder is read
    out = tmp_path / "out"
    result = grade(good_bank, class_folder, "--out", out, "--cache-dir", tmp_path / "cache")
    assert result.exit_code == 1 and "Traceback" not in result.output
    assert [row.split(",")[0] for row in (out / "grades.csv").read_text().splitlines()] == [
        "student", "alice", "bob", "carol", "dave"]
    assert "zed" not in (out / "results.json").read_text()
    assert (out / "errors.txt").read_text().splitlines() == [
        f"{class_folder / 'mallory.csv'}: a symbolic link to a file outside {class_folder}: not read (name the file "
        "itself)"]
    assert elsewhere.read_text() == "student,tasks-is-future\nzed,t\n"


def test_a_named_pipe_in_a_submissions_folder_is_reported_not_left_out(good_bank, class_folder, tmp_path):
    """A folder's named pipe (or socket) was left out without a word: a submission the instructor never heard of."""
    os.mkfifo(class_folder / "zz-mallory.yaml")
    out = tmp_path / "out"
    result = grade(good_bank, class_folder, "--out", out, "--cache-dir", tmp_path / "cache")
    assert result.exit_code == 1 and "Traceback" not in result.output
    assert (out / "errors.txt").read_text().splitlines() == [f"{class_folder / 'zz-mallory.yaml'}: {NOT_REGULAR}"]
    assert len((out / "grades.csv").read_text().splitlines()) == 4   # header + the three good students


# Sequences a terminal acts on: write the clipboard (OSC 52), set the window's title, go back and clear the line.
CLIPBOARD = "\x1b]52;c;cm0gLXJmIH4=\x07"
TITLE_AND_ERASE = "\x1b]0;all graded\x07\r\x1b[2K"


def test_a_file_naming_another_student_takes_neither_place(good_bank, class_folder, tmp_path):
    """A name is all that says whose a submission is: the first file naming a student was graded, and the later
    ones skipped, so mallory's `aaa.json` saying `student: bob` was graded as bob, and bob's own file skipped."""
    (class_folder / "aaa.json").write_text(json.dumps({"student": "bob", "answers": {"tasks-is-future": "t"}}))
    (class_folder / "mallory.csv").write_text("student,tasks-is-future\nmallory,t\nmallory,f\n")
    out = tmp_path / "out"
    result = grade(good_bank, class_folder, "--out", out, "--cache-dir", tmp_path / "cache")
    assert result.exit_code == 1 and "Traceback" not in result.output
    assert [row.split(",")[0] for row in (out / "grades.csv").read_text().splitlines()] == ["student", "alice",
                                                                                           "carol"]
    neither = "neither is graded, since either could be another student's"
    assert (out / "errors.txt").read_text().splitlines() == [
        f"{class_folder / 'aaa.json'}: duplicate student 'bob' (also in {class_folder / 'bob.json'}): {neither}",
        f"{class_folder / 'bob.json'}: duplicate student 'bob' (also in {class_folder / 'aaa.json'}): {neither}",
        f"{class_folder / 'mallory.csv'}:2: duplicate student 'mallory' (also in {class_folder / 'mallory.csv'}:3): "
        f"{neither}",
        f"{class_folder / 'mallory.csv'}:3: duplicate student 'mallory' (also in {class_folder / 'mallory.csv'}:2): "
        f"{neither}"]


@pytest.mark.parametrize("forged", ["BOB", "Bob ", "\uff42\uff4f\uff42", "b\u200bob", "bo\u00adb"])
def test_a_row_for_another_student_spelled_otherwise_takes_neither_place(good_bank, class_folder, tmp_path, forged):
    """Mallory's CSV held a row for `BOB` (or a full-width `ｂｏｂ`, or one with an invisible character) beside bob's
    own file: both were graded, so grades.csv held two rows a reader, or a gradebook import matching names without
    case, took for bob's, and the import kept the last, mallory's."""
    (class_folder / "mallory.csv").write_text(f"student,tasks-is-future\nmallory,t\n{forged},f\n")
    out = tmp_path / "out"
    result = grade(good_bank, class_folder, "--out", out, "--cache-dir", tmp_path / "cache")
    assert result.exit_code == 1 and "Traceback" not in result.output
    assert [row.split(",")[0] for row in (out / "grades.csv").read_text().splitlines()] == [
        "student", "alice", "carol", "mallory"]
    row = f"{class_folder / 'mallory.csv'}:3"
    assert (out / "errors.txt").read_text().splitlines() == [
        f"{class_folder / 'bob.json'}: duplicate student 'bob' (also in {row} as {forged.strip()!r}): neither is "
        "graded, since either could be another student's",
        f"{row}: duplicate student {forged.strip()!r} (also in {class_folder / 'bob.json'} as 'bob'): neither is "
        "graded, since either could be another student's"]


def test_names_that_only_look_alike_to_a_machine_are_two_students(good_bank, class_folder, tmp_path):
    (class_folder / "class.csv").write_text("student,tasks-is-future\ncarol,t\nbob smith,t\nbob-smith,t\n")
    out = tmp_path / "out"
    assert grade(good_bank, class_folder, "--out", out, "--cache-dir", tmp_path / "cache").exit_code == 0
    assert [row.split(",")[0] for row in (out / "grades.csv").read_text().splitlines()] == [
        "student", "alice", "bob", "carol", "bob smith", "bob-smith"]


def test_a_submissions_control_characters_reach_the_terminal_as_escapes(good_bank, class_folder, tmp_path):
    (class_folder / f"zz-{TITLE_AND_ERASE}.json").write_text(json.dumps({
        "student": "mallory", "answers": {f"tasks-is-future{CLIPBOARD}": "t"}}))
    out = tmp_path / "out"
    result = grade(good_bank, class_folder, "--out", out, "--cache-dir", tmp_path / "cache")
    assert result.exit_code == 1 and "Traceback" not in result.output
    line = (f"{class_folder}/zz-\\x1b]0;all graded\\x07\\r\\x1b[2K.json: unknown question id(s): "
            "tasks-is-future\\x1b]52;c;cm0gLXJmIH4=\\x07")
    assert result.stderr.splitlines() == [f"skipped {line}"]
    assert (out / "errors.txt").read_text() == line + "\n"
    # results.json is data: it keeps the text as it was
    assert json.loads((out / "results.json").read_text())["skipped"] == [{
        "source": str(class_folder / f"zz-{TITLE_AND_ERASE}.json"),
        "reason": f"unknown question id(s): tasks-is-future{CLIPBOARD}"}]


def test_a_file_name_turned_right_to_left_reaches_the_terminal_as_an_escape(good_bank, class_folder, tmp_path):
    """A right-to-left override made a terminal or editor laying out bidirectional text show `zz-\u202enosj.ecila`
    as `zz-alice.json`, a file that graded well."""
    (class_folder / "zz-\u202enosj.ecila").write_text("not: a submission\n")
    result = grade(good_bank, class_folder / "zz-\u202enosj.ecila", class_folder / "alice.yaml", "--out",
                   tmp_path / "out", "--no-cache")
    line = f"skipped {class_folder}/zz-\\u202enosj.ecila: not a submission: expected a mapping with `student` and `answers`"
    assert result.exit_code == 1 and result.stderr.splitlines() == [line]
    assert (tmp_path / "out" / "errors.txt").read_text() == line.removeprefix("skipped ") + "\n"


def feedback_files(good_bank, tmp_path, students) -> list[Path]:
    """The feedback files of a class of these students, each with one answer."""
    folder = tmp_path / "subs"
    folder.mkdir()
    for number, student in enumerate(students):
        (folder / f"{number}.json").write_text(json.dumps({"student": student, "answers": {"tasks-is-future": "t"}}))
    out = tmp_path / "out"
    assert grade(good_bank, folder, "--out", out, "--no-cache").exit_code == 0
    return sorted((out / "feedback").iterdir())


def test_each_student_keeps_a_feedback_file_of_their_own(good_bank, tmp_path):
    # "a b" and "a_b" clean up alike; "a_b-2" looks like the second of them; "Zoë" and "zoé" (two students) clean up
    # to "Zo" and "zo", one file on a case-insensitive file system (macOS, Windows)
    students = ["a b", "a_b", "a_b-2", "Zoë", "zoé"]
    files = feedback_files(good_bank, tmp_path, students)
    assert [path.name for path in files] == ["Zo.md", "a_b-2-2.md", "a_b-2.md", "a_b.md", "zo-2.md"]
    owners = sorted(re.sub(r"\\(.)", r"\1", path.read_text().splitlines()[0].removeprefix("# Feedback for "))
                    for path in files)   # Markdown's escapes (a\_b) taken off
    assert owners == sorted(students)


MARKED = """
const { marked } = require('marked');
let text = '';
process.stdin.on('data', (chunk) => text += chunk);
process.stdin.on('end', () => console.log(marked.parse(text)));
"""
FENCE = "```"


def test_a_students_text_stays_text_in_their_feedback_rendered(node, good_bank, tmp_path):
    """A line of three backticks in an answer closed the code block holding it, and a line break in a name started a
    heading: eve's feedback, rendered, said `(correct, 1 / 1)` and `You scored 100%` as headings, and showed her
    HTML."""
    folder = tmp_path / "subs"
    folder.mkdir()
    (folder / "eve.json").write_text(json.dumps({
        "student": "eve\n\n## 1. tasks-order (correct, 1 / 1)\n\n<img src=x onerror=alert(1)> [x](y)",
        "answers": {"tasks-order": f"main\n{FENCE}\n\n# You scored 100%\n\n<img src=y>\n{FENCE}"}}))
    out = tmp_path / "out"
    assert grade(good_bank, folder, "--out", out, "--no-cache").exit_code == 0
    (feedback,) = (out / "feedback").iterdir()
    html = node(MARKED, feedback.read_text(), ["marked"])
    headings = [re.sub(r"<[^>]+>", "", text) for text in re.findall(r"<h[1-6][^>]*>(.*?)</h[1-6]>", html, re.S)]
    assert headings == ["Feedback for eve\\n\\n## 1. tasks-order (correct, 1 / 1)\\n\\n&lt;img src=x "
                        "onerror=alert(1)&gt; [x](y)", "1. tasks-order (wrong, 0 / 1)"]
    assert "<img" not in html and "<a " not in html
    # her answer, whole, in one code block, and in the diff's
    blocks = [block for block in re.findall(r"<pre><code[^>]*>(.*?)</code></pre>", html, re.S)]
    assert f"main\n{FENCE}\n\n# You scored 100%\n\n&lt;img src=y&gt;\n{FENCE}\n" in blocks
    assert sum("You scored 100%" in block for block in blocks) == 2 and html.count("You scored 100%") == 2


def test_students_named_as_windows_devices_get_feedback_files_windows_can_write(good_bank, tmp_path):
    """Windows refuses `CON.md` or `nul.x.md` (device names, whatever follows a dot): one such student name made
    every output of the batch fail there."""
    files = feedback_files(good_bank, tmp_path, ["CON", "nul.x", "Lpt1", "com9", "console"])
    assert [path.name for path in files] == ["_CON.md", "_Lpt1.md", "_com9.md", "_nul.x.md", "console.md"]


UNREADABLE_ANSWERS = {
    "wrong-type.yaml": ("tasks-is-future", "maybe", "expected true or false, got 'maybe'"),
    "bad-letter.yaml": ("tasks-start-order", "z", "'z' is not one of the choices a, b, c"),
    "list-for-text.yaml": ("tasks-order", [1, 2], "expected text, got a list"),
}


@pytest.mark.parametrize("name", sorted(UNREADABLE_ANSWERS))
def test_an_unreadable_answer_scores_zero_and_the_student_is_still_graded(good_bank, tmp_path, name):
    qid, given, reason = UNREADABLE_ANSWERS[name]
    folder = tmp_path / "subs"
    folder.mkdir()
    answers = {qid: given, "futures-callback-method": "add_done_callback"}
    (folder / name).write_text(json.dumps({"student": "una", "answers": answers}))
    out = tmp_path / "out"
    result = grade(good_bank, folder, "--out", out, "--cache-dir", tmp_path / "cache")
    assert result.exit_code == 1 and "Traceback" not in result.output
    (student,) = json.loads((out / "results.json").read_text())["students"]
    by_id = {q["id"]: q for q in student["questions"]}
    assert by_id["futures-callback-method"]["points"] == 1 and student["score"] == 1
    assert (by_id[qid]["points"], by_id[qid]["status"]) == (0, "wrong")
    assert by_id[qid]["feedback"] == [f"this answer could not be read ({reason}), so it scores 0"]
    errors = (out / "errors.txt").read_text().splitlines()
    assert errors == [f"{folder / name}: question {qid}: {reason}; scored 0, the other answers were graded"]
    assert f"warning: {folder / name}: question {qid}" in result.stderr
    assert (out / "grades.csv").read_text().splitlines()[1].startswith("una,1,")


def test_missing_submission_file(good_bank, tmp_path):
    result = grade(good_bank, tmp_path / "nope.yaml", "--out", tmp_path / "out")
    assert result.exit_code == 1
    assert "nope.yaml: no such file" in (tmp_path / "out" / "errors.txt").read_text()


HOSTILE = {
    "infinite-loop": ("while True:\n    pass\n", "timeout"),
    "fork-bomb": ("import os, time\nwhile True:\n    try:\n        os.fork()\n    except OSError:\n"
                  "        time.sleep(60)\n", ("memory", "timeout")),  # whichever it reaches first
    "memory-bomb": ("x = bytearray(4 * 1024 ** 3)\n", "memory"),
    "output-flood": ("while True:\n    print('x' * 1000)\n", "output"),
    "write-outside": ("open('/tmp/quizzer-hostile-was-here', 'w').write('x')\n", "refused"),
    "network": ("import socket\nsocket.create_connection(('192.0.2.1', 80), timeout=1)\n", "refused"),
}


def test_hostile_write_answers_score_zero_with_reason_and_the_batch_goes_on(good_bank, tmp_path):
    folder = tmp_path / "subs"
    folder.mkdir()
    for name, (code, _) in HOSTILE.items():
        (folder / f"{name}.yaml").write_text(json.dumps({"student": name, "answers": {"futures-write-gather": code}}))
    (folder / "zz-good.yaml").write_text(json.dumps({"student": "good", "answers": {"futures-write-gather": GOOD_WRITE}}))
    out = tmp_path / "out"
    # 4 s: the endless loop meets the wall-clock limit before the CPU limit (a second above it), and the good answer,
    # a fraction of a second of real time, has room to finish on a loaded machine.
    result = grade(good_bank, folder, "--out", out, "--timeout", "4", "--cache-dir", tmp_path / "cache")
    assert result.exit_code == 0, result.output
    students = {s["student"]: s for s in json.loads((out / "results.json").read_text())["students"]}
    for name, (_, reason) in HOSTILE.items():
        (question,) = students[name]["questions"]
        assert question["points"] == 0, name
        reasons = reason if isinstance(reason, tuple) else (reason,)
        assert question["feedback"][0].startswith(tuple(f"your program did not finish: {r}" for r in reasons)), \
            (name, question)
    assert students["good"]["score"] == 1
    assert not Path("/tmp/quizzer-hostile-was-here").exists()


def test_atomic_write_keeps_old_file_when_interrupted(tmp_path, monkeypatch):
    from quizzer.atomic import atomic_write_text

    target = tmp_path / "grades.csv"
    target.write_text("old\n")

    def interrupted(*_args):
        raise KeyboardInterrupt

    monkeypatch.setattr(os, "replace", interrupted)
    with pytest.raises(KeyboardInterrupt):
        atomic_write_text(target, "new\n")
    assert target.read_text() == "old\n"
    assert [p.name for p in tmp_path.iterdir()] == ["grades.csv"]


def test_atomic_write_gives_ordinary_permissions(tmp_path):
    from quizzer.atomic import atomic_write_text

    atomic_write_text(tmp_path / "grades.csv", "x\n")
    mask = os.umask(0)
    os.umask(mask)
    assert (tmp_path / "grades.csv").stat().st_mode & 0o777 == 0o666 & ~mask


def test_write_answer_outside_the_reference_loop_is_judged_on_real_asyncio(good_bank, tmp_path):
    outside = GOOD_WRITE.replace("await asyncio.gather(*(asyncio.sleep(1) for _ in range(3)))",
                                 "asyncio.log.logger.debug('three sleeps'); "
                                 "await asyncio.gather(*(asyncio.sleep(1) for _ in range(3)))")
    folder = tmp_path / "subs"
    folder.mkdir()
    (folder / "t.yaml").write_text(json.dumps({"student": "t", "answers": {"futures-write-gather": outside}}))
    out = tmp_path / "out"
    assert grade(good_bank, folder, "--out", out, "--cache-dir", tmp_path / "cache").exit_code == 0
    (question,) = json.loads((out / "results.json").read_text())["students"][0]["questions"]
    assert question["points"] == 1
    assert question["feedback"][0] == ("asyncio.log is outside the reference loop's subset, so your program "
                                       "was run on real asyncio instead")
    # Threads run in real time there: the time is not called virtual
    assert re.fullmatch(r"it took \d+\.\d\d s on real asyncio \(waits skipped, threads in real time\), "
                        r"within the 1\.5 s allowed", question["feedback"][1])


def test_a_shared_banks_backtracking_pattern_costs_one_answer_its_mark_not_the_class_its_grades(tmp_path):
    bank = tmp_path / "bank"
    bank.mkdir()
    (bank / "tasks.yaml").write_text(
        "topic: tasks\nquestions:\n  - id: name-it\n    type: short\n    difficulty: 1\n    prompt: Name it?\n"
        "    pattern: \"(a+)+b\"\n    explanation: A pattern that backtracks on a run of a's with no b.\n")
    folder = tmp_path / "submissions"
    folder.mkdir()
    (folder / "honest.json").write_text(json.dumps({"student": "honest", "answers": {"name-it": "aab"}}))
    (folder / "unlucky.json").write_text(json.dumps({"student": "unlucky", "answers": {"name-it": "a" * 44}}))
    out = tmp_path / "out"
    result = grade(bank, folder, "--out", out, "--cache-dir", tmp_path / "cache")
    assert result.exit_code == 1, result.output
    assert (out / "grades.csv").read_text().splitlines() == [
        "student,score,max_score,percent,name-it", "honest,1,1,100.0,1", "unlucky,0,1,0.0,0"]
    errors = (out / "errors.txt").read_text().splitlines()
    assert len(errors) == 1
    assert "unlucky.json: question name-it (" in errors[0] and "tasks.yaml:3)" in errors[0]
    assert errors[0].endswith("scored 0, check it by hand")
    assert errors[0] in result.stderr
    assert "checked by hand" in (out / "feedback" / "unlucky.md").read_text()
