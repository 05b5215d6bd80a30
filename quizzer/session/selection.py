"""Which questions a terminal quiz asks, and a seed for every random choice it makes.

Write questions (a whole program, run in the sandbox) are asked only when `--type write` asks for
them: typing a program at a quiz prompt is slow, so a plain quiz sticks to the quick types.
"""

from __future__ import annotations

import random


def askable(questions, selection, python: str | None = None) -> list:
    """The questions a session may ask: write questions only when asked for by type, and only questions
    for the Python version `python` ("3.12") when given."""
    return [q for q in questions if (q.type != "write" or "write" in selection.types)
            and (python is None or python in q.versions)]


def fresh_seed() -> int:
    """A seed to print when none was given, so that any session can be repeated with --seed."""
    return random.SystemRandom().randrange(1, 100_000)


def pick(questions, count: int, rng: random.Random) -> list:
    """`count` questions in a seeded random order: same seed and bank, same questions in the same order."""
    return rng.sample(list(questions), min(count, len(questions)))
