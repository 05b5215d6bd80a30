"""Exports keep what a human sees (prompt, code, choices, key), checked by reading each file back."""

import re
import xml.etree.ElementTree as ET
from html import unescape

import pytest
from click.testing import CliRunner

from quizzer.bank import load_bank
from quizzer.cli import main
from quizzer.export.gift import to_gift
from quizzer.export.markdown import to_markdown
from quizzer.export.moodle import to_moodle_xml

EXPECTED = {"tasks-order": "main\nchild\n"}

# The elements Moodle's XML format documents for each question type we emit.
MOODLE_REQUIRED = {
    "multichoice": {"name", "questiontext", "generalfeedback", "defaultgrade", "single", "shuffleanswers",
                    "answernumbering", "answer"},
    "truefalse": {"name", "questiontext", "generalfeedback", "defaultgrade", "answer"},
    "shortanswer": {"name", "questiontext", "generalfeedback", "defaultgrade", "usecase", "answer"},
    "essay": {"name", "questiontext", "generalfeedback", "defaultgrade", "responseformat", "responsefieldlines",
              "responsetemplate", "graderinfo"},
}


@pytest.fixture
def questions(good_bank):
    return list(load_bank(good_bank).questions)


def test_moodle_xml_structure_and_round_trip(questions):
    root = ET.fromstring(to_moodle_xml(questions, EXPECTED))
    assert root.tag == "quiz"
    elements = root.findall("question")
    assert len(elements) == len(questions)
    for question, element in zip(questions, elements):
        kind = element.get("type")
        assert MOODLE_REQUIRED[kind] <= {child.tag for child in element}, (question.id, kind)
        assert element.find("name/text").text == question.id
        assert element.find("questiontext").get("format") == "markdown"
        html = element.find("questiontext/text").text
        assert html.startswith(question.prompt.strip())
        if question.code and question.type != "write":
            code = re.search(r"<pre><code>(.*)</code></pre>", html, re.S).group(1)
            assert unescape(code) == question.code.rstrip()
        answers = element.findall("answer")
        for answer in answers:
            assert -100 <= float(answer.get("fraction")) <= 100
        if kind == "multichoice":
            assert [a.find("text").text for a in answers] == [c.text for c in question.choices]
            right = [a.find("text").text for a in answers if float(a.get("fraction")) > 0]
            assert right == [c.text for c in question.choices if c.correct]
            assert element.find("single").text == ("true" if question.type == "choice" else "false")
            if question.type == "multi":
                assert sum(float(a.get("fraction")) for a in answers if float(a.get("fraction")) > 0) == 100
        if kind == "truefalse":
            winners = [a.find("text").text for a in answers if a.get("fraction") == "100"]
            assert winners == [str(question.answer).lower()]
        if question.type == "short":
            assert [a.find("text").text for a in answers] == list(question.accept)
        if question.type == "predict":
            assert [a.find("text").text for a in answers] == ["main | child"]
        if question.type == "write":
            assert element.find("responsetemplate/text").text == question.starter


def _gift_unescape(text: str) -> str:
    return re.sub(r"\\(.)", lambda m: "\n" if m.group(1) == "n" else m.group(1), text)


def _split_unescaped(text: str, separators: str):
    """Split at unescaped separator characters, keeping the separator with the piece it starts."""
    pieces, current, index = [], "", 0
    while index < len(text):
        ch = text[index]
        if ch == "\\":
            current += text[index:index + 2]
            index += 2
            continue
        if ch in separators:
            pieces.append(current)
            current = ch
        else:
            current += ch
        index += 1
    pieces.append(current)
    return pieces


def _option_text(piece: str) -> str:
    """`=text#feedback` or `~%50%text#feedback` -> text (feedback starts at the first unescaped #)."""
    body = re.sub(r"^~%-?[\d.]+%", "", piece) if piece.startswith("~%") else piece[1:]
    return _gift_unescape(_split_unescaped(body, "#")[0]).strip()


def parse_gift(text: str) -> dict:
    parsed = {}
    for block in text.strip().split("\n\n"):
        body = "\n".join(line for line in block.splitlines() if not line.startswith("//"))
        match = re.fullmatch(r"::(.+?)::\[markdown\](.*?)(?<!\\)\{(.*)(?<!\\)\}", body, re.S)
        assert match, body
        qid, question_text, answers = match.groups()
        answers = answers.split("####")[0].strip()
        options = [piece for piece in _split_unescaped(answers, "=~") if piece.strip()]
        parsed[_gift_unescape(qid)] = (_gift_unescape(question_text), answers, [
            (piece[0], _option_text(piece)) for piece in options])
    return parsed


def test_gift_round_trip(questions):
    parsed = parse_gift(to_gift(questions, EXPECTED))
    assert set(parsed) == {q.id for q in questions}
    for question in questions:
        text, raw_answers, options = parsed[question.id]
        assert text.startswith(question.prompt.strip())
        code = question.starter if question.type == "write" else question.code
        if code:
            assert "```\n" + code.rstrip() + "\n```" in text
        if question.type == "choice":
            assert [o[1] for o in options] == [c.text for c in question.choices]
            assert [o[1] for o in options if o[0] == "="] == [c.text for c in question.choices if c.correct]
        if question.type == "multi":
            assert [o[1] for o in options] == [c.text for c in question.choices]
            weights = re.findall(r"~%(-?[\d.]+)%", raw_answers)
            assert [float(w) > 0 for w in weights] == [c.correct for c in question.choices]
        if question.type == "truefalse":
            assert raw_answers == ("TRUE" if question.answer else "FALSE")
        if question.type == "short":
            assert [o[1] for o in options] == list(question.accept)
        if question.type == "predict":
            assert options == [("=", "main | child")]


def test_gift_escapes_special_characters(questions):
    question = questions[0]
    tricky = type(question)(**{**question.__dict__, "prompt": "a: {b} = ~c #d \\ e"})
    text, _, _ = parse_gift(to_gift([tricky], EXPECTED))[question.id]
    assert text == "a: {b} = ~c #d \\ e"


def test_markdown_handout_has_questions_then_key(questions):
    text = to_markdown(questions, EXPECTED, "Handout")
    body, key = text.split("# Answer key")
    for number, question in enumerate(questions, 1):
        assert f"## {number}. " in body and question.prompt.strip() in body
        for index, choice in enumerate(question.choices):
            assert f"- **{'abc'[index]})** {choice.text}" in body
        assert f"**{number}.** ({question.id})" in key
    assert "**4.** (tasks-start-order) **b)** When the creator next yields to the event loop" in key
    assert "```\nmain\nchild\n```" in key
    assert "Answer:" not in body


@pytest.mark.parametrize("fmt", ["moodle-xml", "gift", "markdown"])
def test_export_command_writes_file(good_bank, tmp_path, fmt):
    out = tmp_path / "export"
    result = CliRunner().invoke(main, ["export", "--format", fmt, "--bank", str(good_bank), "--topic", "tasks",
                                       "--out", str(out), "--cache-dir", str(tmp_path / "cache")])
    assert result.exit_code == 0, result.output
    assert "tasks-order" in out.read_text()
    assert "futures-states" not in out.read_text()


def test_a_shared_banks_program_cannot_drive_the_terminal_through_the_error(tmp_path, title_setter):
    bank = tmp_path / "bank.yaml"
    bank.write_text("topic: tasks\nquestions:\n" + title_setter)
    result = CliRunner().invoke(main, ["export", "--format", "markdown", "--bank", str(bank), "--out",
                                       str(tmp_path / "export"), "--no-cache"])
    assert result.exit_code == 1
    assert result.stderr == f"Error: {bank}:3: question tasks-titles: refused: \\x1b]0;pwned\\x07\n"


def test_an_exports_warnings_show_a_shared_banks_file_names_with_escapes(tmp_path):
    """A warning names the question's file: a shared bank's file named with an escape sequence set the terminal's
    title through `quizzer export`."""
    bank = tmp_path / "bank"
    bank.mkdir()
    (bank / "tasks\x1b]0;pwned\x07.yaml").write_text(
        "topic: tasks\nquestions:\n  - id: tasks-name\n    type: short\n    difficulty: 1\n    prompt: Which?\n"
        "    pattern: gather|wait\n    explanation: Either.\n")
    result = CliRunner().invoke(main, ["export", "--format", "gift", "--bank", str(bank), "--out",
                                       str(tmp_path / "export.gift"), "--no-cache"])
    assert result.exit_code == 0, result.output
    assert "\x1b" not in result.stderr and "\x07" not in result.stderr
    assert f"warning: {bank}/tasks\\x1b]0;pwned\\x07.yaml:3: question tasks-name: " in result.stderr


HOSTILE_BANK = r"""
topic: t
questions:
  - id: hostile
    type: multi
    difficulty: 1
    prompt: |
      Which run? <img src=x onerror="alert(1)"> See [the docs](javascript:alert(2)), [a page](https://docs.python.org)
      and [this][evil]. `<Task pending name='Task-1'>` is what it prints.

      [evil]: javascript:alert(3)
    choices:
      - text: <script>alert(4)</script>
        correct: true
        feedback: Yes - <svg onload=alert(5)>
      - text: "`x < y`"
    explanation: '![a](javascript:alert(6)) <iframe src="https://evil.example">'
"""


@pytest.mark.parametrize("export", ["moodle", "gift", "markdown"])
def test_a_shared_banks_prose_exports_no_html_and_no_script_links(tmp_path, export):
    """Moodle shows a question's text, options and feedback without cleaning them: a shared bank's HTML, or a link
    to javascript:, ran in the browser of every student and teacher opening the question. Code spans keep their
    text, and links to web pages still work."""
    path = tmp_path / "bank.yaml"
    path.write_text(HOSTILE_BANK)
    questions = list(load_bank(path).questions)
    if export == "moodle":
        root = ET.fromstring(to_moodle_xml(questions, {}))
        text = "\n".join(element.text or "" for element in root.iter("text"))
    elif export == "gift":
        text = to_gift(questions, {}).replace("\\", "")
    else:
        text = to_markdown(questions, {}, "Quiz")
    for tag in ("<img", "<script", "<svg", "<iframe"):
        assert tag not in text
    assert not re.search(r"\]\s*\(\s*javascript:|^\s*\[evil\]:", text, re.M)
    assert "&lt;img src=x" in text and "&lt;script>alert(4)&lt;/script>" in text
    assert "[a page](https://docs.python.org)" in text.replace("\\", "")
    assert "`<Task pending name='Task-1'>`" in text and "`x < y`" in text
