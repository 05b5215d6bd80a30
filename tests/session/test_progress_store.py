"""The progress store with an injected clock: FSRS intervals, the review log, migration, corrupt files."""

import sqlite3
from datetime import datetime, timedelta, timezone

import pytest

from quizzer.progress import schema
from quizzer.progress.store import ProgressError, ProgressStore

from .helpers import query

START = datetime(2026, 3, 1, 9, 0, tzinfo=timezone.utc)


class Clock:
    def __init__(self):
        self.moment = START

    def __call__(self):
        return self.moment


@pytest.fixture
def clock():
    return Clock()


@pytest.fixture
def open_store(db_path):
    """`ProgressStore(path, **options)` (path: `db_path` unless given), closed when the test ends."""
    opened = []

    def opening(path=db_path, **options):
        opened.append(ProgressStore(path, **options))
        return opened[-1]

    yield opening
    for store in opened:
        store.close()


def review_when_due(store, clock, status):
    """Answer at the moment the question falls due; returns the interval to the next due date."""
    card = store.record("q", "tasks", status, 1.0 if status == "correct" else 0.0, 2500)
    interval = card.due - clock.moment
    clock.moment = card.due
    return interval


def test_intervals_grow_on_right_answers_and_reset_on_a_lapse(db_path, open_store, clock):
    store = open_store(now=clock)
    right = [review_when_due(store, clock, "correct") for _ in range(5)]
    assert right[0] == timedelta(minutes=10)  # the learning step
    assert all(later > earlier for earlier, later in zip(right, right[1:]))
    assert right[-1] > timedelta(days=30)
    lapse = review_when_due(store, clock, "wrong")
    assert lapse == timedelta(minutes=10)  # back to relearning
    again = [review_when_due(store, clock, "correct") for _ in range(3)]
    assert again[0] < right[-1]  # the interval was reset, and grows again from there
    assert again[0] < again[1] < again[2]
    reviews = store.reviews("q")
    assert [r.rating for r in reviews] == [3] * 5 + [1] + [3] * 3
    assert all(r.duration_ms == 2500 for r in reviews)
    assert reviews[0].reviewed_at == START


def test_partial_credit_is_a_lapse_rated_again(db_path, open_store, clock):
    store = open_store(now=clock)
    for _ in range(4):                          # a well-known question, reviewed at longer and longer intervals
        review_when_due(store, clock, "correct")
    partial = store.record("q", "tasks", "partial", 0.5)
    assert store.reviews()[-1].rating == 1      # Again: FSRS would count Hard as a successful recall
    assert partial.due - clock.moment == timedelta(minutes=10)    # back to relearning, as after a wrong answer


def test_the_desired_retention_is_kept_in_the_database_and_schedules_every_review(tmp_path, open_store, clock):
    def intervals(store):
        return [review_when_due(store, clock, "correct") for _ in range(5)]

    relaxed = ProgressStore(tmp_path / "relaxed.sqlite", now=clock)
    relaxed.set_desired_retention(0.8)
    relaxed.close()
    relaxed = open_store(tmp_path / "relaxed.sqlite", now=clock)
    assert relaxed.desired_retention == 0.8
    start = clock.moment
    lower = intervals(relaxed)
    clock.moment = start
    default = open_store(tmp_path / "default.sqlite", now=clock)
    assert default.desired_retention == 0.9
    usual = intervals(default)
    # The first learning step is the same; once in review, aiming at 80 % recall spaces reviews further apart.
    assert lower[0] == usual[0] and all(a > b for a, b in zip(lower[1:], usual[1:]))


def test_card_state_survives_reopening(db_path, open_store, clock):
    store = open_store(now=clock)
    for _ in range(3):
        review_when_due(store, clock, "correct")
    before = store.card("q").card
    store.close()
    row = open_store(now=clock).card("q")
    assert (row.topic, row.card.state, row.card.step, row.card.stability, row.card.difficulty, row.card.due,
            row.card.last_review) == ("tasks", before.state, before.step, before.stability, before.difficulty,
                                      before.due, before.last_review)


def test_database_is_in_wal_mode_with_a_schema_version(db_path):
    ProgressStore(db_path).close()
    assert query(db_path, "PRAGMA journal_mode") == [("wal",)]
    assert query(db_path, "SELECT version FROM schema_version") == [(schema.CURRENT_VERSION,)]


V1_SCHEMA = """
CREATE TABLE schema_version (version INTEGER NOT NULL);
INSERT INTO schema_version VALUES (1);
CREATE TABLE cards (card_id INTEGER PRIMARY KEY, question_id TEXT NOT NULL UNIQUE, topic TEXT NOT NULL,
    state INTEGER NOT NULL, step INTEGER, stability REAL, difficulty REAL, due TEXT NOT NULL, last_review TEXT);
CREATE INDEX cards_due ON cards (due);
CREATE TABLE reviews (review_id INTEGER PRIMARY KEY, card_id INTEGER NOT NULL REFERENCES cards (card_id),
    question_id TEXT NOT NULL, topic TEXT NOT NULL, rating INTEGER NOT NULL, status TEXT NOT NULL,
    score REAL NOT NULL, reviewed_at TEXT NOT NULL);
CREATE INDEX reviews_topic ON reviews (topic, review_id);
INSERT INTO cards VALUES (1, 'old-q', 'tasks', 2, NULL, 5.0, 5.0, '2026-03-02T09:00:00.000000+00:00',
    '2026-02-25T09:00:00.000000+00:00');
INSERT INTO reviews VALUES (1, 1, 'old-q', 'tasks', 3, 'correct', 1.0, '2026-02-25T09:00:00.000000+00:00');
"""


def test_a_version_1_database_is_migrated_keeping_its_data(db_path, open_store, clock):
    connection = sqlite3.connect(db_path)
    connection.executescript(V1_SCHEMA)
    connection.close()
    store = open_store(now=clock)
    columns = [row[1] for row in store.connection.execute("PRAGMA table_info(reviews)")]
    assert columns[-1] == "duration_ms"
    assert store.connection.execute("SELECT version FROM schema_version").fetchall() == [(schema.CURRENT_VERSION,)]
    assert store.desired_retention == 0.9       # version 3's settings table, empty
    old = store.reviews("old-q")
    assert [(r.rating, r.duration_ms) for r in old] == [(3, None)]
    assert store.card("old-q").card.stability == 5.0
    store.record("old-q", "tasks", "correct", 1.0, 1200)
    assert [r.duration_ms for r in store.reviews("old-q")] == [None, 1200]


def test_a_file_that_is_not_sqlite_is_moved_aside_and_reported(db_path, open_store, clock):
    db_path.write_text("these are my notes, not a database\n" * 100)
    warnings = []
    store = open_store(now=clock, warn=warnings.append)
    aside = db_path.with_name("progress.sqlite.corrupt-20260301T090000Z")
    assert aside.read_text().startswith("these are my notes")
    assert len(warnings) == 1 and "is corrupt" in warnings[0] and str(aside) in warnings[0]
    store.record("q", "tasks", "correct", 1.0)
    assert len(store.reviews()) == 1


def test_a_database_failing_the_integrity_check_is_moved_aside(db_path, open_store, clock):
    store = open_store(now=clock)
    for number in range(20):
        store.record(f"q{number}", "tasks", "correct", 1.0)
    store.connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    store.close()
    data = bytearray(db_path.read_bytes())
    page_size = int.from_bytes(data[16:18], "big")
    for page in range(2, len(data) // page_size):  # scribble over every page but the header page
        data[page * page_size + 8: page * page_size + 40] = b"\xff" * 32
    db_path.write_bytes(bytes(data))
    warnings = []
    open_store(now=clock, warn=warnings.append)
    assert len(warnings) == 1 and "is corrupt" in warnings[0]
    assert db_path.with_name("progress.sqlite.corrupt-20260301T090000Z").exists()


def test_a_second_corrupt_file_in_the_same_second_does_not_overwrite_the_first(db_path, clock):
    for _ in range(2):
        db_path.write_text("garbage")
        ProgressStore(db_path, now=clock, warn=lambda text: None).close()
        db_path.write_text("garbage")
    assert sorted(p.name for p in db_path.parent.glob("progress.sqlite.corrupt-*")) == [
        "progress.sqlite.corrupt-20260301T090000Z", "progress.sqlite.corrupt-20260301T090000Z-2"]


def test_a_foreign_sqlite_database_is_refused_and_left_alone(db_path):
    connection = sqlite3.connect(db_path)
    connection.execute("CREATE TABLE recipes (name TEXT)")
    connection.commit()
    connection.close()
    with pytest.raises(ProgressError, match="not a quizzer progress database"):
        ProgressStore(db_path)
    assert query(db_path, "SELECT name FROM sqlite_master") == [("recipes",)]


def test_a_newer_schema_is_refused(db_path):
    ProgressStore(db_path).close()
    connection = sqlite3.connect(db_path)
    connection.execute("UPDATE schema_version SET version = 99")
    connection.commit()
    connection.close()
    with pytest.raises(ProgressError, match="newer than this quizzer understands"):
        ProgressStore(db_path)


def test_a_failed_write_is_a_warning_and_the_session_goes_on(db_path, open_store, clock):
    from quizzer.bank import load_bank
    from quizzer.grading.score import Verdict
    from quizzer.session.model import Item, Outcome
    from quizzer.session.recording import recorder

    from .conftest import GOOD_BANK

    store = open_store(now=clock)
    warnings = []
    record = recorder(store, tell_next_review=True, warn=warnings.append)
    question = load_bank(GOOD_BANK).get("tasks-is-future")
    outcome = Outcome(Item(question), "t", Verdict(1, 1, "correct"))
    assert record(outcome) == "Next review in 10 minutes."
    store.close()  # from now on every write fails
    assert record(outcome) is None
    assert len(warnings) == 1 and warnings[0].startswith("warning: this answer was not recorded: cannot write")
