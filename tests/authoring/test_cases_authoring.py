"""Authoring write questions with cases: the skeleton passes `check`, the schema takes them, the exports and the
terminal show the visible cases (never a hidden case's inputs)."""

import json
import textwrap
import xml.etree.ElementTree as ET
from pathlib import Path

import jsonschema
import yaml
from click.testing import CliRunner

from quizzer.bank import load_bank
from quizzer.bank.schema import bank_schema
from quizzer.cli import main
from quizzer.export.gift import to_gift
from quizzer.export.markdown import to_markdown
from quizzer.export.moodle import to_moodle_xml
from quizzer.ui.render import render_question

CASES_BANK = Path(__file__).parents[1] / "fixtures" / "cases"
QUESTIONS = list(load_bank(CASES_BANK).questions)
FETCH = QUESTIONS[0]


def test_the_write_skeleton_passes_check_without_warnings(tmp_path):
    skeleton = CliRunner().invoke(main, ["new", "write", "--topic", "tasks"]).stdout
    bank = tmp_path / "new.yaml"
    bank.write_text("topic: tasks\nquestions:\n" + textwrap.indent(skeleton, "  "))
    result = CliRunner().invoke(main, ["check", "--bank", str(bank), "--no-cache", "--json"])
    report = json.loads(result.stdout)
    assert result.exit_code == 0 and report["findings"] == [] and report["warnings"] == [], result.output


def test_the_schema_takes_the_cases_fixture_bank():
    validator = jsonschema.Draft202012Validator(bank_schema())
    for path in CASES_BANK.glob("*.yaml"):
        assert not list(validator.iter_errors(yaml.safe_load(path.read_text())))


def test_the_question_shows_the_visible_cases_and_only_the_limits_of_hidden_ones():
    shown = render_question(FETCH)
    assert "case 1: fetch_all([\"a\", \"b\", \"c\"], fetch)" in shown
    assert "at most 0.35 s of virtual time" in shown
    assert "cases 2-3 (hidden): at most 0.35 s of virtual time" in shown
    assert "SECRET" not in shown and "rng" not in shown


def test_every_export_lists_the_visible_cases_and_hides_the_generators():
    markdown = to_markdown(QUESTIONS, {}, "Cases")
    gift = to_gift(QUESTIONS, {})
    moodle = ET.fromstring(to_moodle_xml(QUESTIONS, {}).split("\n", 1)[1])
    essay_text = moodle.find("question/questiontext/text").text
    for text in (markdown, gift.replace("\\", ""), essay_text):
        assert 'fetch_all(["a", "b", "c"], fetch)' in text.replace("&quot;", '"')
        assert "SECRET" not in text and "rng." not in text
