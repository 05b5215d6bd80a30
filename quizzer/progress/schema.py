"""The progress database's tables, its schema version, and the migrations from older versions.

Version history:
- 1: `cards` (one FSRS card per question) and `reviews` (one row per answer).
- 2: `reviews.duration_ms`, how long the learner took to answer (FSRS's review duration).
- 3: `settings`, the learner's choices that belong with their record (FSRS's desired retention).

A migration upgrades one version to the next inside the caller's transaction; `migrate` applies
them in turn, so a database of any older version reaches `CURRENT_VERSION`.
"""

from __future__ import annotations

import sqlite3

CURRENT_VERSION = 3

CREATE_CURRENT = """
CREATE TABLE schema_version (version INTEGER NOT NULL);
CREATE TABLE cards (
    card_id INTEGER PRIMARY KEY,
    question_id TEXT NOT NULL UNIQUE,
    topic TEXT NOT NULL,
    state INTEGER NOT NULL,          -- fsrs.State: 1 learning, 2 review, 3 relearning
    step INTEGER,                    -- learning or relearning step, NULL in review
    stability REAL,
    difficulty REAL,
    due TEXT NOT NULL,               -- ISO 8601, UTC, microseconds: sorts as text
    last_review TEXT
);
CREATE INDEX cards_due ON cards (due);
CREATE TABLE reviews (
    review_id INTEGER PRIMARY KEY,
    card_id INTEGER NOT NULL REFERENCES cards (card_id),
    question_id TEXT NOT NULL,
    topic TEXT NOT NULL,
    rating INTEGER NOT NULL,         -- fsrs.Rating: 1 again, 2 hard, 3 good, 4 easy
    status TEXT NOT NULL,            -- the grader's verdict: correct, partial or wrong
    score REAL NOT NULL,             -- points earned / points possible, 0..1
    reviewed_at TEXT NOT NULL,
    duration_ms INTEGER
);
CREATE INDEX reviews_topic ON reviews (topic, review_id);
CREATE TABLE settings (
    name TEXT PRIMARY KEY,           -- e.g. desired_retention
    value TEXT NOT NULL
);
"""


class SchemaError(Exception):
    """The database is SQLite but not a progress database this quizzer can use."""


def create(connection: sqlite3.Connection) -> None:
    for statement in CREATE_CURRENT.split(";"):
        if statement.strip():
            connection.execute(statement)
    connection.execute("INSERT INTO schema_version (version) VALUES (?)", (CURRENT_VERSION,))


def version_of(connection: sqlite3.Connection) -> int | None:
    """The schema version, or None for an empty database; SchemaError for a foreign one."""
    tables = {row[0] for row in connection.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    if not tables:
        return None
    if "schema_version" not in tables:
        raise SchemaError(f"it is not a quizzer progress database (tables: {', '.join(sorted(tables))})")
    rows = connection.execute("SELECT version FROM schema_version").fetchall()
    if len(rows) != 1 or not isinstance(rows[0][0], int):
        raise SchemaError("its schema_version table does not hold exactly one version number")
    return rows[0][0]


def _v1_to_v2(connection: sqlite3.Connection) -> None:
    connection.execute("ALTER TABLE reviews ADD COLUMN duration_ms INTEGER")


def _v2_to_v3(connection: sqlite3.Connection) -> None:
    connection.execute("CREATE TABLE settings (name TEXT PRIMARY KEY, value TEXT NOT NULL)")


MIGRATIONS = {1: _v1_to_v2, 2: _v2_to_v3}  # from version -> the step to the next version


def migrate(connection: sqlite3.Connection, version: int) -> None:
    if version > CURRENT_VERSION:
        raise SchemaError(f"it has schema version {version}, newer than this quizzer understands "
                          f"({CURRENT_VERSION}); upgrade quizzer")
    while version < CURRENT_VERSION:
        MIGRATIONS[version](connection)
        version += 1
    connection.execute("UPDATE schema_version SET version = ?", (version,))
