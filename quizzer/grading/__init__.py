"""Grading one answer to one question: the rules every command that grades shares.

- `parse`: reading an answer for its question type (letters, true/false, quoted text).
- `compare`: comparing short answers and program outputs; the one output normaliser.
- `score`: the points and verdict of an answer (`grade`).
- `programs`: running students' write answers in the sandbox and judging them.
- `cases`: a write question's cases: their seeds, the harness program, the case key, the verdict per case.
- `values`: the values a case reports, compared and shown as Python writes them.
"""
