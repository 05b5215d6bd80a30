"""Item analysis on a hand-computed example: four students, four questions."""

from quizzer.bank import load_bank
from quizzer.classroom.gradebook.analysis import item_analysis, pearson
from quizzer.classroom.gradebook.batch import GradedBatch, QuestionResult, StudentResult
from quizzer.grading.score import Verdict


def _batch(good_bank, table, answers_q1):
    bank = load_bank(good_bank)
    ids = ["tasks-start-order", "tasks-is-future", "tasks-order", "futures-states"]
    students = []
    for number, (row, answer) in enumerate(zip(table, answers_q1)):
        student = StudentResult(f"s{number + 1}", "x", None)
        for qid, points in zip(ids, row):
            given = answer if qid == "tasks-start-order" else "x"
            student.results.append(QuestionResult(qid, given, Verdict(points, 1, "correct" if points else "wrong"), ""))
        students.append(student)
    return GradedBatch([bank.get(qid) for qid in ids], students, [])


def test_facility_discrimination_and_flags_match_hand_computation(good_bank):
    # Scores per student for Q1..Q4.  Totals: s1 = 2, s2 = 1, s3 = 1, s4 = 1.
    table = [(1, 1, 0, 0), (1, 0, 0, 0), (0, 1, 0, 0), (0, 0, 1, 0)]
    items = item_analysis(_batch(good_bank, table, ["b", "b", "a", None]))
    by_id = {item.question_id: item for item in items}
    q1, q2, q3, q4 = (by_id[i] for i in ("tasks-start-order", "tasks-is-future", "tasks-order", "futures-states"))
    # Q1: item (1,1,0,0), rest of test (1,0,1,1): sxy = -0.5, sxx = 1, syy = 0.75 -> r = -0.577
    assert (q1.facility, q1.discrimination) == (50.0, -57.7)
    assert q1.flags == ["negative discrimination"]
    # Q2: item (1,0,1,0), rest (1,1,0,1): the same sums -> -57.7
    assert (q2.facility, q2.discrimination) == (50.0, -57.7)
    # Q3: item (0,0,0,1), rest (2,1,1,0): sxy = -1, sxx = 0.75, syy = 2 -> r = -0.816
    assert (q3.facility, q3.discrimination) == (25.0, -81.6)
    # Q4: nobody right; the correlation is undefined (no variance)
    assert (q4.facility, q4.discrimination) == (0.0, None)
    assert q4.flags == ["nobody got it right"]
    # The choice question: b twice, a once, one blank answer: three of four takers answered.
    assert (q1.takers, q1.answered, q1.unanswered, q1.right) == (4, 3, 1, 2)
    # Option shares, by the bank's option index, of the students who answered
    assert q1.option_shares == {0: 33.3, 1: 66.7, 2: 0.0}


def test_positive_discrimination_for_a_good_item(good_bank):
    # Q1 is answered right exactly by the students who do best on the rest.
    table = [(1, 1, 1, 0), (1, 1, 0, 0), (0, 0, 1, 0), (0, 0, 0, 0)]
    items = item_analysis(_batch(good_bank, table, ["b", "b", "a", "c"]))
    assert items[0].discrimination > 0 and not items[0].flags


def test_pearson_edge_cases():
    assert pearson([1], [2]) is None
    assert pearson([1, 1], [1, 2]) is None
    assert round(pearson([1, 2, 3], [2, 4, 6]), 6) == 1.0


def test_discrimination_is_exact_even_with_huge_point_totals():
    # Rest-of-test scores near 1e15 points: summing them naively loses their differences, as a
    # hand-written correlation did (39.8); computed exactly (with fractions) the index is 40.0.
    from fractions import Fraction
    from math import sqrt

    items = [0, 1, 0, 0.5, 0.5, 1, 1, 1, 0, 1, 1, 1]
    rest = [1e15 + d for d in (2, 5, 4, 3, 3, 2, 5, 5, 0, 2, 3, 2)]
    xs, ys = [Fraction(x) for x in items], [Fraction(y) for y in rest]
    mx, my = sum(xs) / len(xs), sum(ys) / len(ys)
    exact = float(sum((x - mx) * (y - my) for x, y in zip(xs, ys))) / sqrt(
        float(sum((x - mx) ** 2 for x in xs)) * float(sum((y - my) ** 2 for y in ys)))
    assert round(100 * exact, 1) == 40.0
    assert round(100 * pearson(items, rest), 1) == 40.0
