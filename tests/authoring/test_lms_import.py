"""Exports as the tools that import them read them.

- GIFT: parsed by gift-pegjs (a third-party GIFT parser, through node), on the whole bundled bank and on
  questions GIFT cannot hold.
- Moodle XML: checked against what Moodle's importer (question/format/xml/format.php, qformat_xml) reads
  for each question type: the text formats it knows (`trans_format`), the answers each type needs, the
  grades its `match_grade_options` accepts (question_bank::fraction_options_full), and the checks each
  question type makes when the question is saved (a single-answer multichoice needs a 100 % answer, a
  multiple-answer one positive grades adding up to 100 %, a shortanswer a 100 % answer).
- The Markdown handout: rendered by a Markdown renderer (marked).
"""

import json
import re
import shutil
import xml.etree.ElementTree as ET
from html import unescape
from pathlib import Path

import pytest
from click.testing import CliRunner

from quizzer.bank import default_bank_path, load_bank, load_bank_text
from quizzer.bank.examples import example_of
from quizzer.cli import main

# qformat_xml::trans_format: any other name is "Unrecognised text format ... Assuming 'html'".
MOODLE_FORMATS = {"moodle_auto_format", "html", "plain_text", "wiki_like", "markdown"}
# question_bank::ensure_fraction_options_initialised: the grades an import may use (as fractions of 1).
_RAW = (1.0, 0.9, 0.8333333, 0.8, 0.75, 0.7, 0.6666667, 0.6, 0.5, 0.4, 0.3333333, 0.3, 0.25, 0.2, 0.1666667,
        0.1428571, 0.125, 0.1111111, 0.1, 0.05, 0.0)
MOODLE_GRADES = set(_RAW) | {-g for g in _RAW}
RESPONSE_FORMATS = {"editor", "editorfilepicker", "plain", "monospaced", "noinline"}
NUMBERINGS = {"abc", "ABCD", "123", "iii", "IIII", "none"}


def export(fmt, *options, bank):
    """`quizzer export` of a bank: (the file's text, the warnings on stderr)."""
    out = Path(bank).parent / f"export.{fmt}" if Path(bank).is_file() else Path(bank) / f"export.{fmt}"
    result = CliRunner().invoke(main, ["export", "--format", fmt, "--bank", str(bank), "--out", str(out),
                                       "--no-cache", *options])
    assert result.exit_code == 0, result.output
    text = out.read_text()
    out.unlink()
    return text, result.stderr


@pytest.fixture(scope="module")
def bank():
    """The bundled bank's questions for the running Python, as `quizzer export` selects them."""
    from quizzer.bank.model import Bank
    from quizzer.cli.options import python_or_host

    bundled = load_bank(default_bank_path())
    python = python_or_host(None)
    return Bank(tuple(q for q in bundled.questions if python in q.versions), bundled.titles)


@pytest.fixture(scope="module")
def keys(bank):
    from quizzer.answers.keys import compute_answers

    predicts = [q for q in bank.questions if q.type == "predict"]
    return {q.id: result.answer for q, result in zip(predicts, compute_answers([q.code for q in predicts]))}


# -- GIFT, read by gift-pegjs ------------------------------------------------------------------------------

GIFT_PARSE = """
const parser = require('gift-pegjs');
let text = '';
process.stdin.on('data', (chunk) => text += chunk);
process.stdin.on('end', () => console.log(JSON.stringify(parser.parse(text))));
"""
GIFT_TYPES = {"choice": "MC", "multi": "MC", "truefalse": "TF", "short": "Short", "predict": "Short", "write": "Essay"}


def parse_gift(node, text):
    return json.loads(node(GIFT_PARSE, text, ["gift-pegjs"]))


def test_gift_of_the_whole_bank_parses_as_the_types_it_was_written_as(node, bank, keys):
    from quizzer.export.gift import to_gift

    warnings = []
    text = to_gift(bank.questions, keys, warn=lambda line, left_out=False: warnings.append((line, left_out)))
    parsed = {q["title"]: q for q in parse_gift(node, text)}
    left_out = {q.id for q in bank.questions if q.type == "short" and not q.accept}
    assert left_out and set(parsed) == {q.id for q in bank.questions} - left_out
    assert sum(1 for _, omitted in warnings if omitted) == len(left_out)
    for question in bank.questions:
        if question.id in left_out:
            continue
        item = parsed[question.id]
        assert item["type"] == GIFT_TYPES[question.type], question.id
        assert item["stem"]["format"] == "markdown"
        assert item["stem"]["text"].startswith(question.prompt.strip())
        if question.choices:
            assert [c["text"]["text"] for c in item["choices"]] == [c.text.strip() for c in question.choices]
            assert [c["isCorrect"] or (c["weight"] or 0) > 0 for c in item["choices"]] == [
                c.correct for c in question.choices]
        if question.type == "truefalse":
            assert item["isTrue"] is question.answer
        if question.type in ("short", "predict"):
            expected = list(question.accept) if question.type == "short" else [
                " | ".join(line.rstrip() for line in keys[question.id].rstrip("\n").split("\n"))]
            assert [c["text"]["text"].replace("\\*", "*") for c in item["choices"]] == [k.strip() for k in expected]


CANNOT = """\
topic: t
questions:
  - id: arrow
    type: short
    difficulty: 1
    prompt: What does the annotation say a function returns?
    accept: ["-> int"]
    explanation: The part after the arrow.
  - id: only-pattern
    type: short
    difficulty: 1
    prompt: Which exception?
    pattern: "(builtins\\\\.)?stopiteration"
    explanation: StopIteration.
  - id: starry
    type: short
    difficulty: 1
    prompt: What unpacks a list into arguments?
    accept: ["*args"]
    pattern: "\\\\*\\\\w+"
    explanation: A star.
  - id: fine
    type: truefalse
    difficulty: 1
    prompt: Is a Task a Future?
    answer: true
    explanation: It is.
"""


def test_gift_leaves_out_what_it_cannot_hold_and_never_makes_an_essay_or_a_matching_question(node, tmp_path):
    bank = tmp_path / "t.yaml"
    bank.write_text(CANNOT)
    text, warnings = export("gift", bank=bank)
    parsed = parse_gift(node, text)
    assert [(q["title"], q["type"]) for q in parsed] == [("starry", "Short"), ("fine", "TF")]
    assert warnings.splitlines() == [
        f"warning: {bank}:3: question arrow: an answer holds `->`, which makes Moodle read it as a matching "
        "question: left out",
        f"warning: {bank}:9: question only-pattern: its right answers are given only by a pattern, which GIFT "
        "cannot hold (it would be an essay): left out (use --format moodle-xml --moodle-regexp)",
        "warning: 1 short question(s) also accept answers matching a pattern, which GIFT cannot hold: only their "
        "`accept` answers are exported: starry",
    ]
    assert "::starry::[markdown]What unpacks a list into arguments?{=\\\\*args####A star.}" in text


def test_gift_says_once_that_predict_keys_lose_their_case(tmp_path, good_bank):
    shutil.copytree(good_bank, tmp_path / "bank")
    _, warnings = export("gift", bank=tmp_path / "bank")
    assert warnings.splitlines()[-1] == ("warning: 1 predict question(s) have case-sensitive keys, which GIFT cannot "
                                         "say: Moodle will accept their outputs in any case (--format moodle-xml "
                                         "keeps case)")


# -- Moodle XML, checked as qformat_xml reads it -------------------------------------------------------------

def _grade(answer) -> float:
    fraction = float(answer.get("fraction")) / 100
    assert any(abs(fraction - grade) < 0.00001 for grade in MOODLE_GRADES), answer.get("fraction")
    return fraction


def _formats_are_known(element):
    for node in element.iter():
        if "format" in node.attrib:
            assert node.get("format") in MOODLE_FORMATS, (node.tag, node.get("format"))


def check_moodle_question(element):
    """What qformat_xml's import_headers and import_<type> read, and what the type's save accepts."""
    kind = element.get("type")
    _formats_are_known(element)
    assert element.find("name/text").text.strip()
    assert element.find("questiontext/text") is not None
    answers = element.findall("answer")
    grades = [_grade(answer) for answer in answers]
    if kind == "multichoice":
        assert element.find("single").text in ("true", "false")
        assert element.find("answernumbering").text in NUMBERINGS
        assert len(answers) >= 2
        if element.find("single").text == "true":
            assert max(grades) == 1
        else:
            assert round(sum(g for g in grades if g > 0), 2) == 1
    elif kind == "truefalse":
        assert sorted(a.find("text").text for a in answers) == ["false", "true"]
        assert sorted(grades) == [0, 1]
    elif kind in ("shortanswer", "regexp"):
        assert answers and max(grades) == 1 and grades[0] == 1
        assert element.find("usecase").text in ("0", "1")
        for answer in answers if kind == "shortanswer" else []:
            assert not re.search(r"(?<!\\)\*", answer.find("text").text), "an unescaped wildcard"
    elif kind == "essay":
        assert element.find("responseformat").text in RESPONSE_FORMATS
        assert element.find("responsetemplate").get("format") in MOODLE_FORMATS
    else:
        pytest.fail(f"question type {kind}")


@pytest.mark.parametrize("regexp", [False, True], ids=["shortanswer", "moodle-regexp"])
def test_moodle_xml_of_the_whole_bank_is_what_moodles_importer_reads(bank, keys, regexp):
    from quizzer.export.moodle import to_moodle_xml

    warnings = []
    root = ET.fromstring(to_moodle_xml(bank.questions, keys, regexp=regexp,
                                       warn=lambda line, left_out=False: warnings.append((line, left_out))))
    assert root.tag == "quiz"
    elements = {e.find("name/text").text: e for e in root.findall("question")}
    pattern_only = {q.id for q in bank.questions if q.type == "short" and not q.accept}
    assert set(elements) == {q.id for q in bank.questions} - (set() if regexp else pattern_only)
    assert [omitted for _, omitted in warnings].count(True) == (0 if regexp else len(pattern_only))
    for question in bank.questions:
        if question.id not in elements:
            continue
        element = elements[question.id]
        check_moodle_question(element)
        text = element.find("questiontext/text").text
        # Prose in Moodle's markdown format, as written; code in <pre><code>, exactly.
        assert element.find("questiontext").get("format") == "markdown"
        assert text.startswith(question.prompt.strip())
        assert "<p>" not in text
        if question.code and question.type != "write":
            code = re.search(r"<pre><code>(.*?)</code></pre>", text, re.S).group(1)
            assert unescape(code) == question.code.rstrip()
        if question.choices:
            assert [(a.get("format"), a.find("text").text) for a in element.findall("answer")] == [
                ("markdown", c.text.strip()) for c in question.choices]
        if question.type == "predict":
            assert element.find("usecase").text == "1"
        if question.type == "short" and question.pattern and regexp:
            assert element.get("type") == "regexp"
            first, *others = [a.find("text").text for a in element.findall("answer")]
            assert re.fullmatch(question.pattern, first, re.I)
            assert re.fullmatch(others[-1].replace("\\/", "/"), first, re.I)
        if question.type == "write":
            assert element.find("responsetemplate").get("format") == "plain_text"
            assert element.find("responsetemplate/text").text == question.starter


def test_moodle_xml_wildcards_are_escaped_and_pattern_only_questions_need_regexp(tmp_path):
    bank = tmp_path / "t.yaml"
    bank.write_text(CANNOT)
    text, warnings = export("moodle-xml", bank=bank)
    root = ET.fromstring(text)
    assert [e.find("name/text").text for e in root.findall("question")] == ["arrow", "starry", "fine"]
    starry = root.findall("question")[1]
    assert [a.find("text").text for a in starry.findall("answer")] == ["\\*args"]
    assert warnings.splitlines()[0] == (
        f"warning: {bank}:9: question only-pattern: its right answers are given only by a pattern, which Moodle's "
        "shortanswer cannot hold: left out (--moodle-regexp exports it as Moodle's regexp question type)")
    text, warnings = export("moodle-xml", "--moodle-regexp", bank=bank)
    root = ET.fromstring(text)
    kinds = {e.find("name/text").text: e.get("type") for e in root.findall("question")}
    assert kinds == {"arrow": "shortanswer", "only-pattern": "regexp", "starry": "regexp", "fine": "truefalse"}
    only = next(e for e in root.findall("question") if e.find("name/text").text == "only-pattern")
    assert [a.find("text").text for a in only.findall("answer")] == ["stopiteration", "(?:(builtins\\.)?stopiteration)"]
    assert warnings == ""


def test_an_example_answer_is_made_only_when_the_pattern_matches_it():
    assert example_of(r"((\w+(\(\))?\.)+|\.)?send(\((none)?\))?") == "send"
    assert example_of(r"[^abc]x") == "dx"
    assert example_of(r"(a)\1") is None          # a backreference: no example rather than a wrong one


# -- the Markdown handout, rendered ---------------------------------------------------------------------------

MARKED = """
const { marked } = require('marked');
let text = '';
process.stdin.on('data', (chunk) => text += chunk);
process.stdin.on('end', () => console.log(marked.parse(text)));
"""


def test_the_handout_renders_choices_as_lists_with_paper_instructions(node, good_bank, tmp_path):
    shutil.copytree(good_bank, tmp_path / "bank")
    text, _ = export("markdown", bank=tmp_path / "bank")
    html = node(MARKED, text, ["marked"])
    body = html.split("Answer key")[0]
    questions = load_bank_text((good_bank / "futures.yaml").read_text()).questions
    states = next(q for q in questions if q.id == "futures-states")
    items = re.findall(r"<li>(.*?)</li>", body, re.S)
    assert [unescape(re.sub(r"<[^>]+>", "", item)).strip() for item in items[:3]] == [
        f"{letter}) {choice.text}" for letter, choice in zip("abc", states.choices)]
    assert "end with a line holding only" not in text and "Type " not in text
    assert "Write the exact output, line by line." in body
    assert "Circle every right letter (several may be right)." in body
