"""A shared bank's `pattern`: matched in bounded CPU time, its example made in bounded space."""

import signal
import threading

import pytest

from quizzer.bank.answer_patterns import PatternTooSlow, full_match, problem_with
from quizzer.bank.examples import example_of

# Backtracks exponentially on a run of "a"s with no "b": 2**44 ways to split them.
BACKTRACKING = r"(a+)+b"
SLOW_ANSWER = "a" * 44


def test_a_match_is_in_full_and_in_any_case():
    assert full_match(r"(loop\.)?call_soon", "LOOP.call_soon")
    assert not full_match(r"call_soon", "call_soon_threadsafe")
    assert full_match(BACKTRACKING, "aaab")


def test_a_match_that_backtracks_is_stopped_and_leaves_no_timer_or_handler_behind():
    handler = signal.getsignal(signal.SIGVTALRM)
    with pytest.raises(PatternTooSlow, match="backtracks"):
        full_match(BACKTRACKING, SLOW_ANSWER)
    assert signal.getitimer(signal.ITIMER_VIRTUAL) == (0.0, 0.0)
    assert signal.getsignal(signal.SIGVTALRM) == handler


def test_a_timed_sessions_alarm_runs_on_through_a_stopped_match():
    rang = []

    def ring(signum, frame):
        rang.append(signum)

    previous = signal.signal(signal.SIGALRM, ring)
    signal.setitimer(signal.ITIMER_REAL, 60)
    try:
        with pytest.raises(PatternTooSlow):
            full_match(BACKTRACKING, SLOW_ANSWER)
        remaining, _ = signal.getitimer(signal.ITIMER_REAL)
        assert 0 < remaining <= 60
        assert signal.getsignal(signal.SIGALRM) is ring
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)
    assert rang == []


def test_off_the_main_thread_a_match_still_answers():
    answers = []
    thread = threading.Thread(target=lambda: answers.append(full_match(BACKTRACKING, "ab")))
    thread.start()
    thread.join()
    assert answers == [True]


def test_a_pattern_is_checked_for_syntax_and_depth():
    assert problem_with(r"(task\.)?cancel") is None
    assert "not a valid regular expression" in problem_with("(unclosed")
    assert "too deeply" in problem_with("(" * 3000 + "x" + ")" * 3000)


def test_the_example_made_from_a_pattern_is_its_shortest_match_up_to_a_limit():
    assert example_of(r"a{3}(b|cc)") == "aaab"
    assert example_of(BACKTRACKING) == "ab"
    assert example_of("a{201}") is None
    # Two billion times two billion characters were once built (a MemoryError, or gigabytes and minutes).
    assert example_of("(?:a{2000000000}){2000000000}") is None
