"""What the second review of the bundled bank (issue 16) found in the event-loop, io and sync topics,
checked on the corrected text so that it cannot come back. (The short-answer keys it found too loose
or too strict are tried against phrasings in test_short_phrasings.py.)"""

import re

import pytest

from quizzer.bank import default_bank_path, load_bank


@pytest.fixture(scope="module")
def questions():
    return {q.id: q for q in load_bank(default_bank_path()).questions}


def everything_said(question) -> str:
    return "\n".join([question.prompt, question.explanation, question.code or "",
                      *(f"{c.text}\n{c.feedback or ''}" for c in question.choices)])


def test_epoll_and_kqueue_are_named_with_their_platform(questions):
    """epoll exists only on Linux (kqueue on macOS/BSD, and Windows' default loop has no selector),
    so a question that names one says which platform it speaks of."""
    unqualified = [qid for qid, q in questions.items()
                   if re.search(r"epoll|kqueue", everything_said(q)) and "Linux" not in everything_said(q)]
    assert not unqualified


def test_the_loop_is_not_said_to_wait_in_select(questions):
    """The default loop on Linux waits in epoll, not select(); select() is named only as the system call."""
    claims = [qid for qid, q in questions.items()
              if re.search(r"(wait\w*|sleep\w*|block\w*|idle|asleep) in select\(\)", everything_said(q))]
    assert not claims


def test_selector_facts_about_sock_recv_are_about_linux(questions):
    for qid in ("io-sock-recv-waiting-facts", "io-sock-recv-mechanism"):
        assert questions[qid].prompt.startswith("On Linux"), qid
    assert "ProactorEventLoop" in questions["io-sock-recv-waiting-facts"].explanation


def test_semaphore_as_lock_needs_matched_releases(questions):
    [as_lock] = [c for c in questions["sync-semaphore-facts"].choices if "Semaphore(1)" in c.text]
    assert as_lock.correct and "matches" in as_lock.text


def test_wait_for_mechanism_is_stated_per_version(questions):
    explanation = questions["io-read-timeouts"].explanation
    assert "3.11" in explanation and "3.12" in explanation


@pytest.mark.parametrize("qid", ["event-loop-to-thread", "sync-tf-thread-safe", "io-read-n-returns"])
def test_questions_interviewers_ask_are_tagged(questions, qid):
    assert "interview" in questions[qid].tags
