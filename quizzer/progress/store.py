"""The progress database: open it safely, record every answer at once, read cards and reviews back.

Opening checks the file: one that is not SQLite, or fails `PRAGMA integrity_check`, is moved aside
as `progress.sqlite.corrupt-TIMESTAMP` (with its -wal and -shm files), reported on stderr, and a
fresh database is created - but only when the file is plausibly a database (SQLite's header, or a
database file name); any other file is refused and left as it is; a valid database of an older schema version is migrated. Each answer
is committed in its own transaction, so a crash or Ctrl-C loses at most the answer being written.
Time comes from an injectable `now` function so that tests can move the clock.
"""

from __future__ import annotations

import os
import sqlite3
import sys
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path

from quizzer.progress import schema
from quizzer.progress.scheduler import DEFAULT_RETENTION, new_card, rating_for, scheduler


def utc_now() -> datetime:
    return datetime.now(timezone.utc)


def to_text(moment: datetime | None) -> str | None:
    # A fixed width (always microseconds, always UTC) makes text order equal time order in SQL.
    return None if moment is None else moment.astimezone(timezone.utc).isoformat(timespec="microseconds")


def from_text(text: str | None) -> datetime | None:
    return None if text is None else datetime.fromisoformat(text)


SQLITE_HEADER = b"SQLite format 3\x00"
DATABASE_SUFFIXES = (".sqlite", ".sqlite3", ".db")


class ProgressError(Exception):
    """The database cannot be used; the message says why and what to do, in one line."""


@dataclass(frozen=True)
class CardRow:
    question_id: str
    topic: str
    card: object  # fsrs.Card


@dataclass(frozen=True)
class Review:
    question_id: str
    topic: str
    rating: int
    status: str
    score: float
    reviewed_at: datetime
    duration_ms: int | None


class ProgressStore:
    def __init__(self, path, *, now=utc_now, warn=None):
        self.path = Path(path)
        self.now = now
        self._warn = warn or (lambda text: print(f"warning: {text}", file=sys.stderr))
        self.connection = self._open()
        self._scheduler = scheduler(self.desired_retention)

    # -- opening ---------------------------------------------------------------------------------

    def _open(self) -> sqlite3.Connection:
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as error:
            raise ProgressError(f"cannot create {self.path.parent}: {error.strerror or error}") from None
        problem = self._corruption() if self.path.exists() else None
        if problem and not self._plausibly_ours():
            raise ProgressError(f"{self.path} is not a progress database ({problem}); refusing to touch it: "
                                "pass --db with another file")
        if problem:
            aside = self._move_aside()
            self._warn(f"the progress database {self.path} is corrupt ({problem}); moved it to {aside} "
                       "and started a fresh one")
        try:
            connection = sqlite3.connect(self.path, timeout=5.0, isolation_level=None)
        except sqlite3.Error as error:
            raise ProgressError(f"cannot use the progress database {self.path}: {error}") from None
        try:
            connection.execute("PRAGMA journal_mode=WAL")
            connection.execute("PRAGMA foreign_keys=ON")
            self._prepare_schema(connection)
        except sqlite3.Error as error:
            connection.close()
            raise ProgressError(f"cannot use the progress database {self.path}: {error}") from None
        except schema.SchemaError as error:
            connection.close()
            raise ProgressError(f"cannot use {self.path}: {error}; pass --db to use another file") from None
        return connection

    def _corruption(self) -> str | None:
        """Why the existing file is unusable, or None when it is a sound SQLite database."""
        try:
            connection = sqlite3.connect(self.path, timeout=5.0)
            try:
                rows = connection.execute("PRAGMA integrity_check").fetchall()
            finally:
                connection.close()
        except sqlite3.DatabaseError as error:
            if "locked" in str(error):
                raise ProgressError(f"the progress database {self.path} is locked by another process") from None
            return str(error)
        if rows != [("ok",)]:
            return "; ".join(str(row[0]) for row in rows[:3])
        return None

    def _plausibly_ours(self) -> bool:
        """Whether an unusable file may be set aside: an SQLite file, or a file named like a database.

        Anything else (`--db notes.txt` by mistake, or worse `--db /etc/passwd`) is someone else's
        file: it is never renamed, whatever is in it.
        """
        try:
            with open(self.path, "rb") as stream:
                header = stream.read(16)
        except OSError:
            return False
        return header == SQLITE_HEADER or self.path.suffix in DATABASE_SUFFIXES

    def _move_aside(self) -> Path:
        stamp = self.now().astimezone(timezone.utc).strftime("%Y%m%dT%H%M%SZ")
        aside = self.path.with_name(f"{self.path.name}.corrupt-{stamp}")
        counter = 1
        while aside.exists():
            counter += 1
            aside = self.path.with_name(f"{self.path.name}.corrupt-{stamp}-{counter}")
        os.replace(self.path, aside)
        # A leftover write-ahead log would be replayed into the fresh database: move it with its file.
        for suffix in ("-wal", "-shm"):
            companion = self.path.with_name(self.path.name + suffix)
            if companion.exists():
                os.replace(companion, aside.with_name(aside.name + suffix))
        return aside

    @staticmethod
    def _prepare_schema(connection: sqlite3.Connection) -> None:
        with _transaction(connection):
            version = schema.version_of(connection)
            if version is None:
                schema.create(connection)
            elif version != schema.CURRENT_VERSION:
                schema.migrate(connection, version)

    def close(self) -> None:
        self.connection.close()

    # -- writing ---------------------------------------------------------------------------------

    def record(self, question_id: str, topic: str, status: str, score: float, duration_ms: int | None = None):
        """Record one graded answer and reschedule its question; returns the updated fsrs.Card."""
        try:
            return self._record(question_id, topic, status, score, duration_ms)
        except sqlite3.Error as error:  # disk full, database locked too long, file removed under us
            raise ProgressError(f"cannot write to the progress database {self.path}: {error}") from None

    def _record(self, question_id, topic, status, score, duration_ms):
        now = self.now()
        rating = rating_for(status)
        with _transaction(self.connection):
            row = self.connection.execute("SELECT card_id FROM cards WHERE question_id = ?",
                                          (question_id,)).fetchone()
            if row is None:
                cursor = self.connection.execute(
                    "INSERT INTO cards (question_id, topic, state, due) VALUES (?, ?, 1, ?)",
                    (question_id, topic, to_text(now)))
                card = new_card(cursor.lastrowid, now)
            else:
                card = self.card(question_id).card
            card, log = self._scheduler.review_card(card, rating, now, duration_ms)
            self.connection.execute(
                "UPDATE cards SET topic = ?, state = ?, step = ?, stability = ?, difficulty = ?, due = ?, "
                "last_review = ? WHERE card_id = ?",
                (topic, card.state.value, card.step, card.stability, card.difficulty, to_text(card.due),
                 to_text(card.last_review), card.card_id))
            self.connection.execute(
                "INSERT INTO reviews (card_id, question_id, topic, rating, status, score, reviewed_at, duration_ms) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                (card.card_id, question_id, topic, log.rating.value, status, score,
                 to_text(log.review_datetime), log.review_duration))
        return card

    def set_desired_retention(self, value: float) -> None:
        """Keep FSRS's desired retention in this database; every review from now on is scheduled with it."""
        try:
            with _transaction(self.connection):
                self.connection.execute("INSERT INTO settings (name, value) VALUES ('desired_retention', ?) "
                                        "ON CONFLICT (name) DO UPDATE SET value = excluded.value", (repr(value),))
        except sqlite3.Error as error:
            raise ProgressError(f"cannot write to the progress database {self.path}: {error}") from None
        self._scheduler = scheduler(value)

    # -- reading ---------------------------------------------------------------------------------

    @property
    def desired_retention(self) -> float:
        row = self.connection.execute("SELECT value FROM settings WHERE name = 'desired_retention'").fetchone()
        try:
            return DEFAULT_RETENTION if row is None else float(row[0])
        except ValueError:
            self._warn(f"the progress database {self.path} holds a desired retention that is not a number "
                       f"({row[0]!r}); using {DEFAULT_RETENTION}")
            return DEFAULT_RETENTION

    _CARD_COLUMNS = "card_id, question_id, topic, state, step, stability, difficulty, due, last_review"

    def card(self, question_id: str) -> CardRow | None:
        row = self.connection.execute(f"SELECT {self._CARD_COLUMNS} FROM cards WHERE question_id = ?",
                                      (question_id,)).fetchone()
        return None if row is None else _card_row(row)

    def cards(self) -> dict[str, CardRow]:
        rows = self.connection.execute(f"SELECT {self._CARD_COLUMNS} FROM cards ORDER BY due, question_id")
        return {row[1]: _card_row(row) for row in rows}

    def reviews(self, question_id: str | None = None) -> list[Review]:
        query = ("SELECT question_id, topic, rating, status, score, reviewed_at, duration_ms FROM reviews"
                 + (" WHERE question_id = ?" if question_id else "") + " ORDER BY review_id")
        rows = self.connection.execute(query, (question_id,) if question_id else ())
        return [Review(q, t, r, s, sc, from_text(at), d) for q, t, r, s, sc, at, d in rows]


def _card_row(row) -> CardRow:
    from fsrs import Card, State

    card_id, question_id, topic, state, step, stability, difficulty, due, last_review = row
    card = Card(card_id=card_id, state=State(state), step=step, stability=stability, difficulty=difficulty,
                due=from_text(due), last_review=from_text(last_review))
    return CardRow(question_id, topic, card)


class _transaction:
    """BEGIN IMMEDIATE ... COMMIT, or ROLLBACK on any exception (KeyboardInterrupt included)."""

    def __init__(self, connection):
        self.connection = connection

    def __enter__(self):
        self.connection.execute("BEGIN IMMEDIATE")

    def __exit__(self, kind, error, traceback):
        self.connection.execute("COMMIT" if kind is None else "ROLLBACK")
        return False
