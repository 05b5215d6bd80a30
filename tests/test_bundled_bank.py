"""The bundled bank: its size and spread, its feedback, and its programs checked on both loops."""

from collections import Counter

import pytest
from click.testing import CliRunner

from quizzer.bank import TOPICS_REQUIRED, TYPES, default_bank_path, load_bank
from quizzer.cli import main


@pytest.fixture(scope="module")
def bank():
    return load_bank(default_bank_path())


def test_size_and_spread(bank):
    questions = bank.questions
    by_topic = Counter(q.topic for q in questions)
    assert len(questions) >= 250
    for topic in TOPICS_REQUIRED:
        assert by_topic[topic] >= 40, topic
    assert by_topic["sync"] >= 25
    assert sum(q.type == "predict" for q in questions) >= 0.4 * len(questions)
    assert sum(q.type == "write" for q in questions) >= 15
    assert sum("interview" in q.tags for q in questions) >= 60
    for topic in by_topic:
        assert {q.type for q in questions if q.topic == topic} == set(TYPES), topic
    by_difficulty = Counter(q.difficulty for q in questions)
    for level in (1, 2, 3):
        assert 0.2 * len(questions) <= by_difficulty[level] <= 0.45 * len(questions), by_difficulty


def test_every_wrong_option_has_feedback(bank):
    missing = [(q.id, c.text) for q in bank.questions for c in q.choices if not c.correct and not c.feedback]
    assert not missing


def test_explanations_teach_more_than_a_word(bank):
    assert not [q.id for q in bank.questions if len(q.explanation.split()) < 12]


def test_differential_check_passes_without_cache():
    """Every predict program and write solution: deterministic, finishing, and printing on the reference loop
    exactly what real asyncio prints (its own loop class with a fast-forwarded clock)."""
    result = CliRunner().invoke(main, ["check", "--differential", "--no-cache"])
    assert result.exit_code == 0, result.stderr
    assert "programs ran on both loops" in result.stdout
