"""The bundled bank's write questions are graded by cases, and the wrong answers issue 12 names score 0.

On every write question: the reference solution earns full marks; an answer printing the expected
output, one returning hard-coded values, one blocking the loop, one exiting early (at load and in the
call) score 0; so do a sequential answer where concurrency is asked (a case limits time or tasks) and
an answer swallowing cancellation where clean-up is asked (a case cancels the call). Other plausible
mistakes from adversaries/*.yaml, and the starter, earn less than full marks. Answers are graded as
`quizzer grade` grades them: every answer of a seed in one batch, each run once in the sandbox.
"""

from __future__ import annotations

from fractions import Fraction

import pytest
from write_adversaries import ZERO, cleanup_asked, concurrency_asked, generic, per_question

from quizzer.answers.cache import KeyCache
from quizzer.bank import default_bank_path, load_bank
from quizzer.grading.cases import case_keys
from quizzer.grading.programs import judge_case_answers
from quizzer.grading.score import grade

BANK = load_bank(default_bank_path())
WRITE = [q for q in BANK.questions if q.type == "write"]
ADVERSARIES = per_question()
# The hidden cases of the adversaries' run, and two more seeds for the solution and the starter.
SEED = "adversaries"
MORE_SEEDS = ("adversaries-2", "adversaries-3")

# Questions whose time limit is not about concurrency: the call must keep to a timeout it is given.
TIMEOUT_NOT_CONCURRENCY = {"io-write-read-timeout"}
CONCURRENT = [q for q in WRITE if concurrency_asked(q) and q.id not in TIMEOUT_NOT_CONCURRENCY]

# What issue 12 asks the bank to teach, by the question that tests it.
SKILLS = {
    "a rate limiter on Semaphore": "sync-write-semaphore-limit",
    "timeout with retries and back-off": "tasks-write-timeout-retries-backoff",
    "producer/consumer on a bounded Queue with a clean shutdown": "sync-write-bounded-queue",
    "fan-out taking the first result, cancelling and awaiting the rest": "tasks-write-first-wins",
    "TaskGroup error handling": "tasks-write-taskgroup-errors",
    "cancellation-safe clean-up": "tasks-write-cancellation-cleanup",
    "an async context manager": "coroutines-write-async-context-manager",
    "an async iterator": "coroutines-write-async-iterator",
    "a stream echo server": "io-write-handle-all-lines",
    "its client": "io-write-echo-client",
    "debounce": "event-loop-write-debounce",
    "throttle": "sync-write-throttle",
    "a worker pool with a concurrency limit": "sync-write-queue-workers",
    "shield of a commit step": "tasks-write-shield-commit",
}


def _grade_all(seed: str, answers: list[tuple]) -> dict:
    """(question, name, code) -> Verdict, every answer run once, as a grading run does."""
    keys, failures = case_keys(WRITE, seed, cache=KeyCache(None))
    assert not failures, failures
    judged = judge_case_answers([(question, code) for question, _, code in answers], keys)
    return {(question.id, name): grade(question, code, program_run=judgement)
            for (question, name, code), judgement in zip(answers, judged)}


@pytest.fixture(scope="module")
def verdicts() -> dict:
    keys, failures = case_keys(WRITE, SEED, cache=KeyCache(None))
    assert not failures, failures
    answers = []
    for question in WRITE:
        named = {"solution": question.solution, "starter": question.starter, **generic(question, keys[question.id]),
                 **ADVERSARIES.get(question.id, {})}
        answers += [(question, name, code) for name, code in named.items()]
    return _grade_all(SEED, answers)


@pytest.fixture(scope="module")
def more_seeds() -> dict:
    answers = [(q, name, code) for q in WRITE for name, code in (("solution", q.solution), ("starter", q.starter))]
    return {seed: _grade_all(seed, answers) for seed in MORE_SEEDS}


def _shown(verdict) -> str:
    return f"{verdict.points} of {verdict.max_points}:\n" + "\n".join(verdict.notes)


def test_the_bank_has_at_least_30_write_questions_all_graded_by_cases_with_hidden_ones():
    assert len(WRITE) >= 30
    assert [q.id for q in WRITE if not q.cases] == []
    assert [q.id for q in WRITE if not any(case.hidden for case in q.cases)] == []
    assert [q.id for q in WRITE if all(case.hidden for case in q.cases)] == []


def test_the_skills_the_issue_asks_for_each_have_a_question():
    assert {skill: BANK.get(qid) is not None and BANK.get(qid).type == "write" for skill, qid in SKILLS.items()} \
        == dict.fromkeys(SKILLS, True)


def test_every_adversary_names_a_write_question_of_the_bank():
    assert set(ADVERSARIES) <= {q.id for q in WRITE}


@pytest.mark.parametrize("question", WRITE, ids=lambda q: q.id)
def test_the_reference_solution_scores_full_marks(question, verdicts, more_seeds):
    for verdict in [verdicts[(question.id, "solution")]] + [seen[(question.id, "solution")]
                                                            for seen in more_seeds.values()]:
        assert verdict.points == verdict.max_points, _shown(verdict)


@pytest.mark.parametrize("question", WRITE, ids=lambda q: q.id)
def test_the_generic_wrong_answers_score_zero(question, verdicts):
    names = ["prints", "prints-with-starter", "hard-coded", "blocking", "exits-at-load", "exits-in-call"]
    if cleanup_asked(question):
        names.append("swallows-cancellation")
    for name in names:
        verdict = verdicts[(question.id, name)]
        assert verdict.points == 0, f"{name}: {_shown(verdict)}"


@pytest.mark.parametrize("question", WRITE, ids=lambda q: q.id)
def test_the_named_wrong_answers_score_zero_and_the_plausible_mistakes_less_than_full(question, verdicts):
    for name in ADVERSARIES.get(question.id, {}):
        verdict = verdicts[(question.id, name)]
        if name in ZERO:
            assert verdict.points == 0, f"{name}: {_shown(verdict)}"
        else:
            assert verdict.points < verdict.max_points, f"{name}: {_shown(verdict)}"


@pytest.mark.parametrize("question", CONCURRENT, ids=lambda q: q.id)
def test_where_concurrency_is_asked_a_sequential_answer_is_tried(question):
    assert "sequential" in ADVERSARIES.get(question.id, {})


def test_questions_asking_for_concurrency_limit_every_case():
    """A case without a time or task limit would give a sequential answer partial credit."""
    assert [q.id for q in CONCURRENT if not all(c.max_time is not None or c.max_tasks for c in q.cases)] == []


@pytest.mark.parametrize("question", [q for q in WRITE if cleanup_asked(q)], ids=lambda q: q.id)
def test_where_clean_up_is_asked_a_realistic_answer_swallowing_cancellation_is_tried(question):
    assert "swallows-cancellation" in ADVERSARIES.get(question.id, {})


@pytest.mark.parametrize("question", WRITE, ids=lambda q: q.id)
def test_the_starter_earns_less_than_full_marks(question, verdicts, more_seeds):
    for verdict in [verdicts[(question.id, "starter")]] + [seen[(question.id, "starter")]
                                                           for seen in more_seeds.values()]:
        assert verdict.points < verdict.max_points, _shown(verdict)


def test_points_are_exact_fractions_of_the_question(verdicts):
    earned = {verdict.points for verdict in verdicts.values()}
    assert all(isinstance(points, Fraction) for points in earned)
