"""`quizzer practice` and `quizzer stats` through click's runner, on a database prepared with a past clock."""

import importlib
import json
import random
from collections import Counter
from contextlib import closing
from datetime import datetime, timedelta, timezone

import pytest

from quizzer.bank import default_bank_path, load_bank
from quizzer.progress.store import ProgressStore
from quizzer.session.interview import DEFAULT_POINTERS, SOURCE_POINTERS, interview_arc, interview_order

from .conftest import GOOD_BANK
from .helpers import ANSWERS, asked_ids, query, run


def record_at(db_path, moment, *answers):
    """Record `answers` (question id, topic, status, score) as given at `moment`."""
    with closing(ProgressStore(db_path, now=lambda: moment, warn=lambda text: None)) as store:
        for answer in answers:
            store.record(*answer)


def test_due_questions_come_first_most_overdue_first(db_path):
    now = datetime.now(timezone.utc)
    record_at(db_path, now - timedelta(days=3), ("tasks-is-future", "tasks", "wrong", 0.0))
    record_at(db_path, now - timedelta(days=1), ("futures-states", "futures", "wrong", 0.0))
    record_at(db_path, now - timedelta(minutes=1), ("tasks-start-order", "tasks", "correct", 1.0))  # not due
    result = run("practice", "--bank", GOOD_BANK, "--seed", "1", input="s\n" * 5)
    assert result.exit_code == 0, result.output
    ids = asked_ids(result.stdout)
    assert ids[:2] == ["tasks-is-future", "futures-states"]
    assert "tasks-start-order" not in ids


def test_new_questions_come_from_the_weakest_topics_first(db_path):
    past = datetime.now(timezone.utc) - timedelta(minutes=1)
    record_at(db_path, past, ("futures-states", "futures", "correct", 1.0))  # futures strong, tasks unseen
    result = run("practice", "--bank", GOOD_BANK, "--seed", "2", "--count", "4", input="s\n" * 4)
    ids = asked_ids(result.stdout)
    assert ids[:3] == ["tasks-is-future", "tasks-start-order", "tasks-order"]  # easiest first within the topic
    assert ids[3] == "futures-callback-method"


def test_practice_records_answers_and_tells_the_next_review(db_path):
    result = run("practice", "--bank", GOOD_BANK, "--type", "truefalse", input="t\n")
    assert result.exit_code == 0
    assert "Right. (1/1 points)" in result.stdout
    assert "Next review in 10 minutes." in result.stdout
    assert query(db_path, "SELECT question_id, rating FROM reviews") == [
        ("tasks-is-future", 3)]


def test_the_retention_chosen_is_kept_for_later_sessions(db_path):
    result = run("practice", "--bank", GOOD_BANK, "--type", "truefalse", "--retention", "0.8", input="t\n")
    assert result.exit_code == 0, result.output
    assert f"Desired retention 0.8, kept in {db_path} for every later session." in result.stdout
    run("practice", "--bank", GOOD_BANK, "--type", "truefalse")
    with closing(ProgressStore(db_path, warn=lambda text: None)) as store:
        assert store.desired_retention == 0.8
    refused = run("practice", "--bank", GOOD_BANK, "--retention", "0.5")
    assert refused.exit_code == 2 and "0.5 is not in the range 0.7<=x<=0.97" in refused.stderr


def test_a_partly_right_answer_comes_back_as_soon_as_a_wrong_one(db_path):
    result = run("practice", "--bank", GOOD_BANK, "--type", "multi", input="a\n")
    assert "Partly right. (0.5/1 points)" in result.stdout
    assert "Next review in 1 minute." in result.stdout
    assert query(db_path, "SELECT status, rating FROM reviews") == [("partial", 1)]


def test_nothing_to_practise_says_when_the_next_review_is(db_path):
    run("practice", "--bank", GOOD_BANK, "--type", "truefalse", input="t\n")
    result = run("practice", "--bank", GOOD_BANK, "--type", "truefalse")
    assert result.exit_code == 0
    assert "Nothing to practise now" in result.stdout
    assert "The next review is due in 10 minutes." in result.stdout


def test_interview_asks_weighted_questions_and_ends_with_readiness_and_source_pointers():
    result = run("practice", "--bank", GOOD_BANK, "--interview", "--seed", "3", "--count", "5",
                 input="".join(ANSWERS[qid][1] + "\n" for qid in ["tasks-start-order"]) + "s\n" * 4)
    assert result.exit_code == 0, result.output
    out = result.stdout
    assert "Mock interview: 5 questions in 45 minutes" in out
    assert "Review of your answers" in out
    report = out.split("Readiness by topic:")[1]
    assert "not yet" in report
    assert "Read before the interview:" in report
    assert "quizzer/tinyloop/tasks.py: Task._run" in report


def test_the_interview_header_counts_one_minute_and_one_question_in_the_singular():
    result = run("practice", "--bank", GOOD_BANK, "--interview", "--minutes", "1", "--count", "1", input="q\n")
    assert result.exit_code == 0, result.output
    assert "Mock interview: 1 question in 1 minute (seed" in result.stdout


def test_minutes_needs_interview():
    result = run("practice", "--bank", GOOD_BANK, "--minutes", "5")
    assert result.exit_code == 2


def test_interview_arc_warms_up_then_digs_in():
    assert interview_arc(15) == [1] * 3 + [2] * 8 + [3] * 4
    assert interview_arc(3) == [1, 2, 3]
    assert interview_arc(2) == [2, 3]
    assert interview_arc(1) == [2]
    for count in range(1, 41):
        arc = interview_arc(count)
        assert len(arc) == count and arc == sorted(arc), count


@pytest.fixture(scope="module")
def bundled_questions():
    return [q for q in load_bank(default_bank_path()).questions if q.type != "write"]


@pytest.mark.parametrize("seed", range(12))
def test_interview_on_the_bundled_bank_has_the_shape_of_an_interview(bundled_questions, seed):
    asked = interview_order(bundled_questions, 15, random.Random(seed))
    assert [q.difficulty for q in asked] == interview_arc(15)
    assert len({q.id for q in asked}) == 15
    topics = [q.topic for q in asked]
    assert set(topics) == {q.topic for q in bundled_questions}  # every topic visited ...
    assert max(Counter(topics).values()) <= 3  # ... and none more than its share (15 over 6 topics)
    assert all(a != b for a, b in zip(topics, topics[1:]))  # never twice in a row
    assert all("interview" in q.tags for q in asked)  # the bank has enough of those at every level


def test_interview_is_seeded(bundled_questions):
    def ids(seed):
        return [q.id for q in interview_order(bundled_questions, 15, random.Random(seed))]

    assert ids(7) == ids(7)
    assert len({tuple(ids(seed)) for seed in range(5)}) == 5


def test_interview_fills_in_with_untagged_questions_and_nearest_difficulties():
    """The fixture bank has 5 askable questions, 2 of them tagged and none hard."""
    questions = [q for q in load_bank(GOOD_BANK).questions if q.type != "write"]
    for seed in range(10):
        asked = [q.id for q in interview_order(questions, 3, random.Random(seed))]
        # warm-up: the tagged easy question; core: the topic not yet asked wins over a tagged
        # question of the topic just asked; deep dive: no hard question, so the nearest (medium) one
        assert asked == ["tasks-start-order", "futures-states", "tasks-order"]
    everything = interview_order(questions, 50, random.Random(1))
    assert sorted(q.id for q in everything) == sorted(q.id for q in questions)


def test_every_source_pointer_names_real_code_in_the_reference_loop():
    for pointers in [*SOURCE_POINTERS.values(), DEFAULT_POINTERS]:
        for path, name in pointers:
            module = importlib.import_module(path.removesuffix(".py").replace("/", "."))
            target = module
            for part in name.split("."):
                target = getattr(target, part)
            assert callable(target), f"{path}: {name}"


def test_stats_table_and_json(db_path):
    now = datetime.now(timezone.utc)
    record_at(db_path, now - timedelta(days=2),
              ("tasks-is-future", "tasks", "correct", 1.0), ("tasks-start-order", "tasks", "partial", 0.5),
              ("tasks-order", "tasks", "correct", 1.0), ("futures-states", "futures", "wrong", 0.0))
    record_at(db_path, now - timedelta(days=2), ("gone-question", "old-topic", "correct", 1.0))
    result = run("stats", "--bank", GOOD_BANK, "--json")
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert result.stdout == json.dumps(data, indent=2, sort_keys=True) + "\n"
    by_topic = {row["topic"]: row for row in data["topics"]}
    assert [row["topic"] for row in data["topics"]] == ["futures", "tasks", "old-topic"]
    assert by_topic["tasks"] == {"topic": "tasks", "title": "Tasks", "questions": 3, "seen": 3, "answered": 3,
                                 "accuracy": 0.8333, "due": 3, "streak": 1}
    assert by_topic["futures"]["accuracy"] == 0.0 and by_topic["futures"]["streak"] == 0
    assert data["answered"] == 5 and data["due"] == 5
    table = run("stats", "--bank", GOOD_BANK)
    assert table.exit_code == 0
    lines = table.stdout.splitlines()
    assert lines[0].split() == ["topic", "seen", "answered", "accuracy", "due", "streak"]
    assert lines[2].split() == ["Tasks", "3/3", "3", "[#################---]", "83%", "3", "1"]
    assert "5 answers recorded; 5 questions due now (run `quizzer practice`)." in table.stdout


def test_stats_on_a_corrupt_database_moves_it_aside_and_reports_it(db_path):
    db_path.write_bytes(b"\x00garbage" * 512)
    result = run("stats", "--bank", GOOD_BANK, "--json")
    assert result.exit_code == 0
    assert "is corrupt" in result.stderr and "moved it to" in result.stderr
    assert json.loads(result.stdout)["answered"] == 0
    assert len(list(db_path.parent.glob("progress.sqlite.corrupt-*"))) == 1


def test_a_file_that_is_not_a_database_is_refused_and_left_alone(tmp_path):
    notes = tmp_path / "notes.txt"
    notes.write_text("my notes, not a database\n")
    result = run("stats", "--bank", GOOD_BANK, "--db", notes)
    assert result.exit_code == 1
    assert f"{notes} is not a progress database" in result.stderr and "refusing to touch it" in result.stderr
    assert "Traceback" not in result.stderr
    assert notes.read_text() == "my notes, not a database\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["notes.txt"]


def test_db_option_overrides_the_environment_and_xdg_default_is_used_without_either(tmp_path, monkeypatch):
    other = tmp_path / "elsewhere.sqlite"
    run("practice", "--bank", GOOD_BANK, "--type", "truefalse", "--db", other, input="t\n")
    assert query(other, "SELECT count(*) FROM reviews")[0] == (1,)
    monkeypatch.delenv("QUIZZER_DB")
    run("practice", "--bank", GOOD_BANK, "--type", "truefalse", input="t\n")
    default = tmp_path / "data" / "quizzer" / "progress.sqlite"
    assert query(default, "SELECT count(*) FROM reviews")[0] == (1,)


def test_an_unusable_database_path_is_exit_1(tmp_path):
    result = run("stats", "--bank", GOOD_BANK, "--db", tmp_path / "missing" / "x" / "p.sqlite")
    assert result.exit_code == 0  # parents are created
    blocked = tmp_path / "file"
    blocked.write_text("")
    result = run("stats", "--bank", GOOD_BANK, "--db", blocked / "p.sqlite")
    assert result.exit_code == 1
    assert "cannot create" in result.stderr
