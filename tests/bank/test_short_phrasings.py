"""Short-answer keys tried against real phrasings: each file in phrasings/ maps a question id of the bundled
bank to answers a student might give that must be accepted (`right`) and must be refused (`wrong`).

A pattern that is too loose (accepts a hedged "call_soon() or call_later()") or too strict (refuses
`loop.add_reader(fd, callback)`) fails here, naming the question and the phrasing.
"""

from pathlib import Path

import pytest
import yaml

from quizzer.bank import default_bank_path, load_bank
from quizzer.grading.score import grade

PHRASINGS = sorted((Path(__file__).parent / "phrasings").glob("*.yaml"))


def _cases():
    for path in PHRASINGS:
        for question_id, phrasings in (yaml.safe_load(path.read_text(encoding="utf-8")) or {}).items():
            for verdict in ("right", "wrong"):
                for answer in phrasings.get(verdict, []):
                    yield pytest.param(question_id, answer, verdict == "right", id=f"{question_id}:{verdict}:{answer}")


@pytest.fixture(scope="module")
def questions():
    return {q.id: q for q in load_bank(default_bank_path()).questions}


@pytest.mark.parametrize(("question_id", "answer", "accepted"), list(_cases()))
def test_short_key_accepts_right_and_refuses_wrong_phrasings(questions, question_id, answer, accepted):
    question = questions[question_id]
    assert question.type == "short", f"{question_id} is a {question.type} question"
    assert grade(question, answer).correct is accepted, f"{question_id}: {answer!r} should be {'accepted' if accepted else 'refused'}"
