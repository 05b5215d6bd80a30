"""Getting questions ready to ask: every answer key computed up front, choices shuffled if asked.

The keys of predict questions (and write questions without a pinned `expected`) come from running
their programs on the reference loop; a write question with cases gets the reference solution's
reports on its cases, hidden ones drawn from the session's seed. They are computed in one batch before the first question,
reading the cache, so the learner never waits between questions; a question whose key cannot be
computed is dropped with a warning rather than asked with no way to grade it.
"""

from __future__ import annotations

import random

from quizzer.session.model import Item
from quizzer.ui.printable import printable


def prepare_items(questions, *, rng: random.Random, shuffle: bool, cache, warn,
                  python: str | None = None, case_seed: str = "0") -> list[Item]:
    """The items to ask, with their answer keys for Python `python` ("3.12"; default: the running one); the
    hidden cases of write questions draw from `case_seed`."""
    keys = answer_keys([q for q in questions if not q.cases], cache=cache, warn=warn, python=python)
    case_keys = _case_keys([q for q in questions if q.cases], case_seed, cache, warn, python)
    items = []
    for question in questions:
        if question.type in ("predict", "write") and question.id not in keys and question.id not in case_keys:
            continue
        order = None
        if shuffle and question.choices:
            order = list(range(len(question.choices)))
            rng.shuffle(order)
            order = tuple(order)
        items.append(Item(question, keys.get(question.id), order, python, case_keys.get(question.id)))
    return items


def _case_keys(questions, seed: str, cache, warn, python) -> dict:
    if not questions:
        return {}
    from quizzer.grading.cases import case_keys

    keys, failures = case_keys(questions, seed, cache=cache, python=python)
    for question in questions:
        if question.id in failures:
            warn(printable(f"warning: skipping question {question.id} ({question.source}): "
                           f"its cases cannot be graded: {failures[question.id]}"))
    return keys


def answer_keys(questions, *, cache, warn, python: str | None = None) -> dict[str, str]:
    """question id -> expected output, for the predict and write questions that have one."""
    keys = {q.id: q.expected for q in questions if q.type == "write" and q.expected is not None}
    to_run = [q for q in questions if q.type in ("predict", "write") and q.id not in keys]
    if not to_run:
        return keys
    from quizzer.answers.keys import compute_answers

    computed = compute_answers([q.program for q in to_run], cache=cache, python=python)
    for question, result in zip(to_run, computed):
        if result.error is None:
            keys[question.id] = result.answer
        else:
            warn(printable(f"warning: skipping question {question.id} ({question.source}): "
                           f"its answer cannot be computed: {result.error}"))
    return keys
