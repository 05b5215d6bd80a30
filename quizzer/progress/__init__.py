"""The learner's progress: every answer in a SQLite database, scheduled for review with FSRS.

- `location`: where the database lives (`--db`, `QUIZZER_DB`, `$XDG_DATA_HOME/quizzer/progress.sqlite`).
- `schema`: the tables, the schema version and the migrations from older versions.
- `store`: opening the database (moving a corrupt one aside), recording answers, reading cards and reviews.
- `scheduler`: how a graded answer becomes an FSRS rating and a new due date.
- `picker`: which questions a practice session serves, and in what order.
- `mastery`: per-topic figures for `quizzer stats`.
"""
