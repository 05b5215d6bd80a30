"""Scoring rules, one test per rule, on questions built in the test."""

import pytest
from hypothesis import given
from hypothesis import strategies as st

from quizzer.bank.model import Choice, Question, Source
from quizzer.grading.compare import compare_output, lcs_length
from quizzer.grading.parse import AnswerFormatError
from quizzer.grading.score import grade


def make(type_, **fields):
    defaults = dict(id="q", type=type_, topic="t", difficulty=1, prompt="P", explanation="E",
                    source=Source("b.yaml", 1))
    return Question(**{**defaults, **fields})


ABC = (Choice("a", True, "yes a"), Choice("b", False, "not b"), Choice("c", True), Choice("d", False))


def test_choice_full_or_zero():
    q = make("choice", choices=(Choice("x"), Choice("y", True), Choice("z", feedback="no z")))
    assert grade(q, "b").points == 1 and grade(q, "B").correct
    wrong = grade(q, "c")
    assert (wrong.points, wrong.status, wrong.notes) == (0, "wrong", ["c) no z"])
    with pytest.raises(AnswerFormatError):
        grade(q, "q")


def test_multi_partial_credit_and_penalty():
    q = make("multi", choices=ABC, points=2)
    assert grade(q, "a,c").points == 2
    assert grade(q, "a c").status == "correct"
    assert grade(q, ["c"]).points == 1              # one of two right letters: 1/2 of 2 points
    assert grade(q, "a,b").points == 0              # +1 -1
    assert grade(q, "a,b,d").points == 0            # never below zero
    assert grade(q, "a,c,d").points == 1            # +2 -1
    assert grade(q, "a,c,d").status == "partial"


def test_multi_all_or_nothing():
    q = make("multi", choices=ABC, scoring="all-or-nothing")
    assert grade(q, "a").points == 0
    assert grade(q, "c,a").points == 1


def test_truefalse_spellings():
    q = make("truefalse", answer=False)
    for answer in ("f", "F", "false", False, "no"):
        assert grade(q, answer).correct
    assert not grade(q, "t").correct
    with pytest.raises(AnswerFormatError):
        grade(q, "maybe")


def test_short_accept_and_pattern():
    q = make("short", accept=("call_soon",), pattern=r"(loop\.)?call_soon(\(\))?")
    assert grade(q, "  CALL_SOON ").correct
    assert grade(q, "loop.call_soon()").rule == "pattern"
    assert not grade(q, "call_later").correct


def test_unanswered_is_not_wrong():
    for q in (make("short", accept=("x",)), make("predict", code="print(1)")):
        verdict = grade(q, "  ", expected_output="1\n")
        assert (verdict.status, verdict.points) == ("unanswered", 0)


def test_predict_exact_and_lenient_rules():
    q = make("predict", code="print(1)")
    assert grade(q, "a\nb\n\n  ", expected_output="a\nb\n").rule is None
    assert grade(q, "x   y", expected_output="x y\n").rule == "whitespace inside lines collapsed"
    assert grade(q, "[1,2]\n{'a':1}", expected_output="[1, 2]\n{'a': 1}\n").rule == "lines compared as Python values"
    wrong = grade(q, "b\na", expected_output="a\nb\n")
    assert wrong.status == "wrong" and "\n+b\n" in wrong.notes[0] and "\n-b" in wrong.notes[0]


def test_an_exception_named_without_its_module_is_a_lenient_match():
    q = make("predict", code="print(1)")
    key = "done: False\nasyncio.exceptions.InvalidStateError: Exception is not set.\n"
    verdict = grade(q, "done: False\nInvalidStateError: Exception is not set.\n", expected_output=key)
    assert (verdict.points, verdict.rule) == (1, "an exception named without its module")
    assert grade(q, "done: False\nexceptions.InvalidStateError: Exception is not set.", expected_output=key).correct
    assert grade(q, key, expected_output=key).rule is None
    # The class and the message must still be right, and only the last line is how a program ended.
    assert not grade(q, "done: False\nInvalidStateError: Result is not set.", expected_output=key).correct
    assert not grade(q, "done: False\nCancelledError: Exception is not set.", expected_output=key).correct
    assert not compare_output("ValueError: x\nend", "builtins.ValueError: x\nend").equal


def test_hangs_forever_without_parentheses_is_a_lenient_match():
    q = make("predict", code="print(1)")
    for typed in ("waiting\nhangs forever", "waiting\nHangs forever.", "waiting\n(hangs forever)"):
        assert grade(q, typed, expected_output="waiting\n(hangs forever)\n").correct, typed
    assert grade(q, "waiting\nhangs forever", expected_output="waiting\n(hangs forever)\n").rule == (
        "(hangs forever) without its parentheses")
    assert not grade(q, "hangs forever\nwaiting", expected_output="(hangs forever)\nwaiting\n").correct
    assert not grade(q, "waiting\nhangs", expected_output="waiting\n(hangs forever)\n").correct


def test_lenient_rules_used_together_are_all_named():
    verdict = compare_output("a   b\n[1,2]\nhangs forever", "a b\n[1, 2]\n(hangs forever)")
    assert verdict.rule == ("whitespace inside lines collapsed and lines compared as Python values "
                            "and (hangs forever) without its parentheses")


def test_literal_rule_does_not_equate_different_text():
    assert not compare_output("hello world", "hello  there").equal
    assert not compare_output("[1, 2]", "[2, 1]").equal


def test_literal_rule_keeps_the_type_python_prints():
    # Python's `==` makes True equal 1 and 1 equal 1.0: a student who answered `1` where the program printed `True`
    # (a task's done(), say) was marked right. Only the way a value is written may differ, never its type.
    for answer, key in (("1", "True"), ("0", "False"), ("[1, 0]", "[True, False]"), ("{1: 'a'}", "{True: 'a'}"),
                        ("(1,)", "(True,)"), ("{1}", "{True}"), ("1", "1.0"), ("1.0", "1"), ("1+0j", "1"),
                        ("-0.0", "0.0"), ("[1, [2]]", "[1, [2.0]]")):
        assert not compare_output(answer, key).equal, (answer, key)
    for answer, key in (("{'b':2,'a':1}", "{'a': 1, 'b': 2}"), ("{2,1}", "{1, 2}"), ('"a"', "'a'"),
                        ("(True,False)", "(True, False)"), ("1.50", "1.5"), ("[1,(2.0,None)]", "[1, (2.0, None)]")):
        assert compare_output(answer, key).rule == "lines compared as Python values", (answer, key)


def test_predict_partial_lines():
    q = make("predict", code="print(1)", partial="lines", points=4)
    verdict = grade(q, "a\nc\nd", expected_output="a\nb\nc\nd\n")
    assert (verdict.points, verdict.status) == (3, "partial")


def test_lcs():
    assert lcs_length(list("abcbdab"), list("bdcaba")) == 4
    assert lcs_length([], list("ab")) == lcs_length(list("ab"), []) == 0


def _table_lcs(a, b) -> int:
    """The textbook table, row by row: what lcs_length must agree with."""
    previous = [0] * (len(b) + 1)
    for x in a:
        current = [0]
        for j, y in enumerate(b):
            current.append(previous[j] + 1 if x == y else max(previous[j + 1], current[j]))
        previous = current
    return previous[-1]


@given(st.lists(st.sampled_from("abcd"), max_size=80), st.lists(st.sampled_from("abcde"), max_size=80))
def test_lcs_agrees_with_the_table(a, b):
    assert lcs_length(a, b) == _table_lcs(a, b) == lcs_length(b, a)


class Line(str):
    """A line that counts how often it is compared."""

    compared = 0

    def __eq__(self, other):
        Line.compared += 1
        return str.__eq__(self, other)

    __hash__ = str.__hash__


def test_lcs_work_grows_with_the_lines_not_their_product():
    """Every line of a student's answer was compared with every line of the key: 2,000,000 lines against 20 took
    the grader 44 s for one answer to a `partial: lines` question, and an answer of 16 MiB minutes."""
    key = [Line(str(number)) for number in range(20)]
    answer = [Line("0") for _ in range(2000)]
    Line.compared = 0
    assert lcs_length(key, answer) == 1
    assert Line.compared <= len(key) + len(answer)    # the table's way: 40,000


def test_shuffled_choices_score_by_bank_order_and_label_feedback_as_shown():
    q = make("choice", choices=(Choice("x", feedback="no x"), Choice("y", True), Choice("z", feedback="no z")))
    order = (2, 0, 1)          # shown a = bank z, shown b = bank x, shown c = bank y
    assert grade(q, "c", choice_order=order).correct
    wrong = grade(q, "a", choice_order=order)
    assert (wrong.status, wrong.notes) == ("wrong", ["a) no z"])


def test_short_answer_in_backticks_or_quotes():
    q = make("short", accept=("send",))
    for answer in ("`send`", '"send"', "'send'", "``send``"):
        assert grade(q, answer).correct, answer
    assert not grade(q, "`sen`").correct


def test_short_answer_ending_a_sentence_is_read_without_its_full_stop():
    by_list = make("short", accept=("StopIteration",))
    for answer in ("StopIteration.", "StopIteration!", "`StopIteration`.", "stopiteration. "):
        assert grade(by_list, answer).correct, answer
    assert not grade(by_list, "StopAsyncIteration.").correct
    by_pattern = make("short", pattern=r"(about )?\d+ seconds?")
    assert grade(by_pattern, "About 2 seconds.").rule == "pattern"
    assert not grade(by_pattern, "2 minutes.").correct


def test_short_answer_whose_full_stop_belongs_to_it_is_still_read_as_written():
    q = make("short", accept=("0.",))
    assert grade(q, "0.").correct
    assert not grade(q, "0").correct


def test_short_answer_a_pattern_takes_too_long_on_is_wrong_and_left_to_be_checked_by_hand():
    q = make("short", pattern=r"(a+)+b")
    assert grade(q, "aab").correct
    slow = grade(q, "a" * 44)
    assert (slow.points, slow.status) == (0, "wrong")
    assert slow.notes and "checked by hand" in slow.notes[0]
