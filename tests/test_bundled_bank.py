"""The bundled bank: its size and spread, its feedback, and its programs checked on both loops."""

import re
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
    assert len(questions) >= 380
    for topic in TOPICS_REQUIRED:
        assert by_topic[topic] >= 40, topic
    assert by_topic["sync"] >= 25
    assert sum(q.type == "predict" for q in questions) >= 0.4 * len(questions)
    assert sum(q.type == "write" for q in questions) >= 15
    assert sum("interview" in q.tags for q in questions) >= 120
    for topic in by_topic:
        assert {q.type for q in questions if q.topic == topic} == set(TYPES), topic
    by_difficulty = Counter(q.difficulty for q in questions)
    for level in (1, 2, 3):
        assert 0.2 * len(questions) <= by_difficulty[level] <= 0.45 * len(questions), by_difficulty


# A short question that only asks to name an API: "Which loop method ...?", "Give the function name".
# Questions whose answer is a class name ("which exception is raised?") ask what happens, so classes
# are left out.
NAME_ONLY = re.compile(
    r"\bwhich (\w+ ){0,3}(method|function|attribute|decorator|constant|keyword argument)\b"
    r"|\b(give|answer with|name) the (\w+ ){0,2}(method|function|attribute|decorator|constant|keyword argument)"
    r"( name)?\b",
    re.IGNORECASE)


@pytest.mark.parametrize(("prompt", "name_only"), [
    ("Which event loop method schedules a plain callback? (Give the method name.)", True),
    ("Complete the line: `await asyncio.______(load)`. (Give the function name.)", True),
    ("Which keyword argument of `asyncio.gather` collects the exceptions?", True),
    ("In `except E as e:`, which attribute of e holds the bytes read?", True),
    ("What happens when you call recv() on a non-blocking socket with no data? (Name what it raises.)", False),
    ("Two tasks in a TaskGroup fail. Which exception class does `async with` raise?", False),
    ("About how many seconds does this program take to run? (A number.)", False),
    ("join() never returns although the consumer took every item. Which call is missing?", False),
])
def test_name_only_heuristic(prompt, name_only):
    assert bool(NAME_ONLY.search(prompt)) is name_only


def test_recall_questions_are_tagged_and_few(bank):
    """Pure recall (naming an API) is tagged `recall` and kept to at most 20 questions; the
    interview tag marks what interviewers ask, which is never easy recall."""
    untagged = [q.id for q in bank.questions
                if q.type == "short" and NAME_ONLY.search(q.prompt) and "recall" not in q.tags]
    assert not untagged, f"short questions that only ask for an API name need the recall tag: {untagged}"
    assert sum("recall" in q.tags for q in bank.questions) <= 20
    assert not [q.id for q in bank.questions if {"interview", "recall"} <= set(q.tags) and q.difficulty == 1]


def test_every_wrong_option_has_feedback(bank):
    missing = [(q.id, c.text) for q in bank.questions for c in q.choices if not c.correct and not c.feedback]
    assert not missing


def test_explanations_teach_more_than_a_word(bank):
    assert not [q.id for q in bank.questions if len(q.explanation.split()) < 12]


# Text in angle brackets outside code (`<coroutine object main at ...>`, asyncio's reprs) reads as an HTML tag to
# the Markdown renderers the bank's prose meets (an LMS after `export`, a feedback file on GitHub): hidden there.
CODE_SPANS = re.compile(r"```.*?```|`[^`]*`", re.DOTALL)
TAG_LIKE = re.compile(r"</?[A-Za-z][^>\n]*>")


def test_prose_shows_angle_brackets_only_inside_code(bank):
    def tag_like(text):
        return TAG_LIKE.findall(CODE_SPANS.sub("", text or ""))

    found = [(q.id, found) for q in bank.questions
             for text in (q.prompt, q.explanation, *(part for c in q.choices for part in (c.text, c.feedback)))
             if (found := tag_like(text))]
    assert not found


def test_differential_check_passes_without_cache():
    """Every predict program and write solution: deterministic, finishing, printing the same on the reference loop
    modelling 3.11, 3.12 and 3.13 (or saying which versions it is for), and printing exactly what real asyncio of
    each of those this machine has prints (its own loop class with a fast-forwarded clock)."""
    import sys

    result = CliRunner().invoke(main, ["check", "--differential", "--no-cache"])
    assert result.exit_code == 0, result.stderr
    assert "programs ran on the reference loop modelling Python 3.11, 3.12 and 3.13 and on real asyncio of " \
           in result.stdout
    assert ".".join(map(str, sys.version_info[:3])) in result.stdout


def test_every_short_answer_students_are_shown_is_one_the_grader_accepts(bank):
    from quizzer.bank.examples import shown_answer
    from quizzer.grading.score import grade

    shorts = [q for q in bank.questions if q.type == "short"]
    assert not [q.id for q in shorts if shown_answer(q) is None], "shown no answer at all"
    assert not [q.id for q in shorts if not grade(q, shown_answer(q)).correct]
