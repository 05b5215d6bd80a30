"""Grading write answers by cases: what the harness reports, how the grader judges it, what a student is told."""

from __future__ import annotations

import ast
import json
import re
from fractions import Fraction
from pathlib import Path

import pytest

import quizzer.sandbox
from quizzer.answers.cache import KeyCache
from quizzer.bank import load_bank
from quizzer.grading import cases as case_grading
from quizzer.grading.cases import case_keys, concrete_cases, harness_program
from quizzer.grading.programs import judge_case_answers
from quizzer.grading.reports import parse_reports
from quizzer.grading.score import grade
from quizzer.grading.values import same_value, show_value
from quizzer.sandbox import run_code
from quizzer.sandbox.harness import encode

CASES_BANK = Path(__file__).parents[1] / "fixtures" / "cases"
QUESTIONS = load_bank(CASES_BANK)
FETCH, GUARDED, POOL = (QUESTIONS.get(qid) for qid in ("fetch-all", "guarded", "pool"))


def judged(question, *answers, seed="test"):
    keys, failures = case_keys([question], seed, cache=KeyCache(None))
    assert not failures, failures
    judgements = judge_case_answers([(question, answer) for answer in answers], keys)
    return [grade(question, answer, program_run=judgement) for answer, judgement in zip(answers, judgements)]


def lines(verdict) -> list[str]:
    return [result.line() for result in verdict.cases]


# ----------------------------------------------------------------------------------------- concrete cases


def test_visible_cases_are_the_same_for_every_seed_hidden_ones_draw_from_it():
    one, two = concrete_cases(FETCH, "seed-1"), concrete_cases(FETCH, "seed-2")
    assert [(c.number, c.hidden, c.weight) for c in one] == [(1, False, 1), (2, True, 3), (3, True, 3)]
    assert one[0].seed == two[0].seed
    assert one[1].seed != two[1].seed and one[1].seed != one[2].seed


def test_hidden_inputs_change_with_the_seed_and_repeat_with_it():
    reference = {}
    for seed in ("seed-1", "seed-2", "seed-1"):
        keys, _ = case_keys([FETCH], seed, cache=KeyCache(None))
        reference.setdefault(seed, []).append([keys["fetch-all"].reports[i]["value"] for i in range(3)])
    assert reference["seed-1"][0] == reference["seed-1"][1]
    assert reference["seed-1"][0][0] == reference["seed-2"][0][0]     # the visible case
    assert reference["seed-1"][0][1:] != reference["seed-2"][0][1:]   # the hidden ones


def test_one_run_of_the_cases_of_several_seeds_gives_each_seeds_key():
    seeds = ("seed-1", "seed-2", "seed-3")
    merged, positions = case_grading.cases_of_seeds(FETCH, seeds)
    assert len(merged) == 1 + 2 * 3  # the visible case once, the two hidden ones of each seed
    run = run_code(harness_program(FETCH, FETCH.solution, merged, case_grading.REFERENCE_NONCE))
    for seed in seeds:
        assert [merged[at].seed for at in positions[seed]] == [case.seed for case in concrete_cases(FETCH, seed)]
        alone, _ = case_keys([FETCH], seed, cache=KeyCache(None))
        together = case_grading.case_key(FETCH, seed, run.stdout, positions[seed])
        assert together.cases == alone["fetch-all"].cases
        assert [together.reports[i]["value"] for i in range(3)] == [alone["fetch-all"].reports[i]["value"]
                                                                    for i in range(3)]


# -------------------------------------------------------------------------------------------- the harness


def test_the_harness_sends_one_json_line_per_case_tagged_with_the_nonce_then_done():
    program = harness_program(FETCH, FETCH.solution, concrete_cases(FETCH, "s"), "NONCE42")
    run = run_code(program)
    tagged = [line for line in run.stdout.splitlines() if line.startswith("NONCE42 ")]
    records = [json.loads(line.split(" ", 1)[1]) for line in tagged]
    assert [record.get("case", "done") for record in records] == [0, 1, 2, "done"]
    first = records[0]
    assert first["outcome"] == "returned" and first["value"] == ["A", "B", "C"]
    assert first["observed"] == ["a", "b", "c"] and first["elapsed"] == pytest.approx(0.3)
    assert first["peak_tasks"] == 3 and first["leftover"] == 0
    reports, done = parse_reports(run.stdout, "NONCE42")
    assert done and set(reports) == {0, 1, 2}
    assert parse_reports(run.stdout, "OTHER")[0] == {}


def test_what_the_answer_prints_stays_out_of_the_run_output():
    answer = FETCH.solution + "\nprint('at load')\n"
    run = run_code(harness_program(FETCH, answer, concrete_cases(FETCH, "s"), "N"))
    assert "at load" not in run.stdout


def test_cases_sharing_their_texts_each_start_afresh_and_a_call_that_does_not_compile_fails_as_eval_says():
    def case(call, number):
        return {"call": call, "given": "log.append(len(log))\n", "seed": f"s{number}"}

    calls = [" list(log)", " list(log)", "list(log", "list(log"]  # eval drops a call's leading blanks
    spec = {"nonce": "N", "source": "def unused(): pass\n", "fixtures": "log = []\n", "entry": ["unused"],
            "cases": [case(call, number) for number, call in enumerate(calls)]}
    run = run_code(f"from quizzer.sandbox.harness import main\nmain({json.dumps(spec)!r})\n")
    reports, done = parse_reports(run.stdout, "N")
    assert done
    assert [reports[number]["value"] for number in (0, 1)] == [[0], [0]]
    with pytest.raises(SyntaxError) as raised:
        eval("list(log", {})
    for number in (2, 3):
        assert reports[number]["outcome"] == "raised"
        assert reports[number]["exception"] == {"type": "SyntaxError", "message": str(raised.value)}


def test_the_harness_imports_nothing_from_quizzer_but_tinyloop():
    source = Path(quizzer.sandbox.__file__).with_name("harness.py").read_text(encoding="utf-8")
    imported = set()
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Import):
            imported |= {alias.name for alias in node.names}
        elif isinstance(node, ast.ImportFrom):
            imported.add(node.module)
    assert {name for name in imported if name.startswith("quizzer")} <= {"quizzer.tinyloop"}


# -------------------------------------------------------------------------------------------- the verdict


def test_the_reference_passes_the_starter_is_told_how_slow_it_was():
    solution, starter = judged(FETCH, FETCH.solution, FETCH.starter)
    assert solution.status == "correct" and solution.points == 1
    assert starter.points == 0
    assert lines(starter)[0] == ('case 1 of 3 (fetch_all(["a", "b", "c"], fetch)) failed: it took 0.6 s of '
                                 'virtual time, the limit is 0.35 s')
    assert lines(starter)[1] == "hidden case 2 of 3 failed: it took 0.9 s of virtual time, the limit is 0.35 s"


def test_points_are_split_by_the_cases_weights():
    passes_hidden_only = '''
import asyncio

async def fetch_all(names, fetch):
    if names == ["a", "b", "c"]:
        return []
    return await asyncio.gather(*(fetch(name) for name in names))
'''
    (verdict,) = judged(FETCH, passes_hidden_only)
    assert verdict.points == Fraction(6, 7) and verdict.status == "partial"
    assert [case.points for case in verdict.cases] == [0, Fraction(3, 7), Fraction(3, 7)]


def test_hidden_cases_never_show_their_inputs_or_expected_values():
    wrong = "async def fetch_all(names, fetch):\n    return [name.lower() for name in names]\n"
    (verdict,) = judged(FETCH, wrong)
    hidden = [result.line() for result in verdict.cases if result.hidden]
    assert hidden == ["hidden case 2 of 3 failed: it returned a wrong value; afterwards, `sorted(fetch.started)` "
                      "is wrong"] * 1 + ["hidden case 3 of 3 failed: it returned a wrong value; afterwards, "
                                         "`sorted(fetch.started)` is wrong"]
    assert not any("SECRET" in note for note in verdict.notes)
    assert "expected ['A', 'B', 'C']" in lines(verdict)[0]


def test_a_hidden_case_names_the_exception_raised_but_never_its_message():
    quoting = "async def fetch_all(names, fetch):\n    raise KeyError(names[0])\n"
    (verdict,) = judged(FETCH, quoting)
    assert [result.line() for result in verdict.cases if result.hidden] == [
        "hidden case 2 of 3 failed: it raised KeyError where a value was expected; afterwards, "
        "`sorted(fetch.started)` is wrong",
        "hidden case 3 of 3 failed: it raised KeyError where a value was expected; afterwards, "
        "`sorted(fetch.started)` is wrong"]
    assert "it raised KeyError: 'a'; expected it to return ['A', 'B', 'C']" in lines(verdict)[0]


def test_an_answer_that_prints_the_expected_output_defines_nothing():
    (verdict,) = judged(FETCH, "print(['A', 'B', 'C'])\n")
    assert verdict.points == 0
    assert lines(verdict)[0].endswith("failed: your code does not define fetch_all")


def test_hard_coded_values_fail_what_the_call_must_do_to_its_inputs():
    (verdict,) = judged(FETCH, "async def fetch_all(names, fetch):\n    return ['A', 'B', 'C']\n")
    assert verdict.points == 0
    assert "afterwards, `sorted(fetch.started)` is []; expected ['a', 'b', 'c']" in lines(verdict)[0]


def test_an_early_exit_fails_every_case_it_did_not_report():
    exits_on_the_second_call = '''
import asyncio, os
calls = []

async def fetch_all(names, fetch):
    if names != ["a", "b", "c"]:
        os._exit(0)
    return await asyncio.gather(*(fetch(name) for name in names))
'''
    (verdict,) = judged(FETCH, exits_on_the_second_call)
    assert [case.passed for case in verdict.cases] == [True, False, False]
    assert lines(verdict)[1].endswith("failed: your program ended before this case finished (an early exit: "
                                      "os._exit, or a crash)")


def test_a_blocking_sleep_fails_with_the_length_of_the_step():
    blocking = FETCH.solution.replace("return await", "import time\n    time.sleep(0.5)\n    return await")
    (verdict,) = judged(FETCH, blocking)
    assert verdict.points == 0
    assert ("it blocked the event loop: one step (in fetch_all) took 0.5 s (a blocking call such as time.sleep, "
            "or CPU-bound work, inside a coroutine); no step may take more than 0.1 s") in lines(verdict)[0]


def test_cpu_bound_work_in_a_coroutine_fails_as_blocking():
    busy = FETCH.solution.replace("return await", "import time\n    end = time.thread_time() + 0.3\n"
                                                   "    while time.thread_time() < end:\n        pass\n    return await")
    (verdict,) = judged(FETCH, busy)
    assert verdict.points == 0
    for result in verdict.cases:
        took = re.search(r"it blocked the event loop: one step \(in fetch_all\) took ([0-9.]+) s", result.line())
        assert took and 0.25 <= float(took[1]) <= 2, result.line()  # at least the CPU time, within a mark's age


def test_cancellation_swallowed_or_ignored_fails_what_it_left_behind_is_checked():
    swallows = '''
import asyncio

async def guarded(lock, work):
    async with lock:
        try:
            return await work()
        except asyncio.CancelledError:
            return None
'''
    ignores = '''
import asyncio

async def guarded(lock, work):
    async with lock:
        while True:
            try:
                return await work()
            except asyncio.CancelledError:
                pass
'''
    leaks = '''
async def guarded(lock, work):
    await lock.acquire()
    result = await work()
    lock.release()
    return result
'''
    solution, swallowing, ignoring, leaking = judged(GUARDED, GUARDED.solution, swallows, ignores, leaks)
    assert solution.points == 1
    assert lines(swallowing)[0] == ("case 1 of 2 (guarded(lock, slow)) failed: it returned after being cancelled at "
                                    "0.5 s: CancelledError must propagate (clean up, then let it go on or re-raise it)")
    assert lines(ignoring)[0] == ("case 1 of 2 (guarded(lock, slow)) failed: it was still running the steps that "
                                  "followed after it was cancelled at 0.5 s (does it swallow CancelledError?)")
    assert lines(leaking)[0] == ("case 1 of 2 (guarded(lock, slow)) failed: afterwards, `lock.locked()` is True; "
                                 "expected False")
    assert [case.passed for case in swallowing.cases] == [False, True]


def test_tasks_alive_at_once_and_tasks_left_running_are_counted():
    one_task_each = '''
import asyncio

async def run_all(jobs):
    return await asyncio.gather(*(job() for job in jobs))
'''
    left_behind = '''
import asyncio

async def run_all(jobs):
    tasks = [asyncio.create_task(job()) for job in jobs[:2]]
    asyncio.create_task(asyncio.sleep(5))
    return [await task for task in tasks] + [await job() for job in jobs[2:]]
'''
    too_many, leaving = judged(POOL, one_task_each, left_behind)
    assert lines(too_many) == ["case 1 of 1 (run_all([job(1), job(2), job(3), job(4)])) failed: it had 4 tasks alive "
                               "at once, the limit is 2"]
    assert "it left 1 task it started still running when it ended" in lines(leaving)[0]


def test_a_call_that_can_never_finish_says_what_it_waits_on():
    stuck = "import asyncio\n\nasync def run_all(jobs):\n    await asyncio.Event().wait()\n"
    spinning = "import asyncio\n\nasync def run_all(jobs):\n    while True:\n        await asyncio.sleep(0)\n"
    never, busy = judged(POOL, stuck, spinning)
    assert "failed: it never finishes: nothing can wake it up again" in lines(never)[0]
    assert "a busy loop" in lines(busy)[0]


def test_an_api_the_reference_loop_leaves_out_runs_on_real_asyncio():
    outside = '''
import asyncio

async def run_all(jobs):
    asyncio.log.logger.debug("%d jobs", len(jobs))
    results = []
    for start in range(0, len(jobs), 2):
        results += await asyncio.gather(*(job() for job in jobs[start:start + 2]))
    return results
'''
    (verdict,) = judged(POOL, outside)
    assert verdict.notes[0] == ("asyncio.log is outside the reference loop's subset, so your program was run "
                                "on real asyncio instead")
    assert verdict.points == 1


def test_code_that_does_not_compile_or_load_is_told_so():
    broken, raising = judged(POOL, "def run_all(:\n", "raise ValueError('at load')\n")
    assert lines(broken)[0].endswith("failed: your code does not compile: SyntaxError: invalid syntax "
                                     "(<answer>, line 1)")
    assert lines(raising)[0].endswith("failed: loading your code raised ValueError: at load")


def test_a_solution_that_fails_its_own_case_is_no_key():
    broken = POOL.__class__(**{**POOL.__dict__, "solution": POOL.starter})
    keys, failures = case_keys([broken], "s", cache=KeyCache(None))
    assert keys == {} and failures == {"pool": "the solution fails case 1: it took 0.4 s of virtual time, the limit "
                                                "is 0.25 s"}


def test_reference_reports_are_cached_like_predict_keys(tmp_path, monkeypatch):
    cache = KeyCache(tmp_path)
    case_keys([FETCH], "cached", cache=cache)
    ran = []
    real_run_many = quizzer.sandbox.run_many
    monkeypatch.setattr(quizzer.sandbox, "run_many", lambda codes, **kw: ran.append(codes) or real_run_many(codes, **kw))
    keys, _ = case_keys([FETCH], "cached", cache=cache)
    assert ran == [] and keys["fetch-all"].reports[0]["value"] == ["A", "B", "C"]


# ------------------------------------------------------------------------------------------------ values


@pytest.mark.parametrize("value", [None, True, 3, -2.5, "text", [1, [2]], (1,), (1, "a"), {"k": (1, 2)}, {3, 1, 2},
                                   b"\x00ab", frozenset()])
def test_values_are_shown_as_python_writes_them(value):
    assert show_value(encode(value)) == repr(value if not isinstance(value, frozenset) else set(value))


def test_values_compare_as_python_does_with_floats_close_enough():
    assert same_value(encode([0.1 + 0.2, 1]), encode([0.3, 1.0]))
    assert not same_value(encode(True), encode(1))
    assert not same_value(encode((1, 2)), encode([1, 2]))
    assert same_value(encode({"a": 1, "b": 2}), encode({"b": 2, "a": 1}))


def test_a_huge_value_is_reported_as_too_large_not_sent():
    program = harness_program(POOL, "async def run_all(jobs):\n    return list(range(10**6))\n",
                              concrete_cases(POOL, "s"), "N")
    reports, _ = parse_reports(run_code(program).stdout, "N")
    assert reports[0]["value"] == {"too-large": True}


def test_new_seeds_are_secret_and_distinct():
    seeds = {case_grading.new_seed() for _ in range(20)}
    assert len(seeds) == 20 and all(len(seed) == 16 for seed in seeds)
