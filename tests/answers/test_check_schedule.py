"""`quizzer check` runs every program's chain of runs in one pool: what that may not change (the findings, the
runs made, the cache's say) and what the pool promises (at most `jobs` at once, higher ranks first)."""

import asyncio
import dataclasses
import json
import textwrap
import threading
import time

import pytest
from click.testing import CliRunner

from quizzer import sandbox
from quizzer.answers.cache import KeyCache
from quizzer.answers.checkruns import REAL_CLOCK_ATTEMPTS
from quizzer.answers.pooled import PooledKeys
from quizzer.cli import main
from quizzer.runpool import RunPool

# wait_for runs the coroutine in a task of its own on 3.11, in the caller's task from 3.12 on.
BY_VERSION = """
    import asyncio
    async def inner():
        return asyncio.current_task().get_name()
    async def main():
        print(await asyncio.wait_for(inner(), 1))
    asyncio.run(main())
"""
# Bytes drawn in a thread: no two runs print the same.
THREAD_RANDOM = """
    import asyncio, os
    async def main():
        print(await asyncio.to_thread(lambda: os.urandom(8).hex()))
    asyncio.run(main())
"""
SLEEPS = """
    import asyncio
    async def main():
        await asyncio.sleep(1)
        print("slept")
    asyncio.run(main())
"""
# A named task spends a Task-N number up to 3.12 (versions.named_tasks_take_no_number): 3.12 agrees with 3.11.
# Both tasks are awaited: one left pending would be cancelled at the end of the run, and its lifetime after that
# differs from 3.12 on (versions.traceback_holds_running_future).
ASKS_ABOUT_313 = """
    import asyncio
    async def main():
        await asyncio.create_task(asyncio.sleep(0), name='x')
        task = asyncio.create_task(asyncio.sleep(0))
        print(task.get_name())
        await task
    asyncio.run(main())
"""
BROKEN_CASES = """
  - id: broken-cases
    type: write
    difficulty: 1
    prompt: Write g().
    entry: g
    starter: |
      async def g():
          return 0
    solution: |
      async def g():
          return 1
    cases:
      - call: g()
        observe: undefined_name
      - hidden: true
        call: g()
    explanation: E
"""


def predict(question_id, code, **fields):
    extra = "".join(f"    {name}: {value}\n" for name, value in fields.items())
    body = textwrap.indent(textwrap.dedent(code).strip(), "      ")
    return (f"  - id: {question_id}\n    type: predict\n    difficulty: 1\n    prompt: P\n    explanation: E\n"
            f"{extra}    code: |\n{body}\n")


def bank(tmp_path, *questions):
    path = tmp_path / "bank.yaml"
    path.write_text("topic: tasks\nquestions:\n" + "".join(questions))
    return path


@pytest.fixture
def runs(monkeypatch):
    """The runs made, as (python, loop), in the order they started."""
    made, real_run_code = [], sandbox.run_code

    def watched(code, **options):
        made.append((options.get("python"), options.get("loop")))
        return real_run_code(code, **options)

    monkeypatch.setattr(sandbox, "run_code", watched)
    return made


def check(path, *args):
    result = CliRunner().invoke(main, ["check", "--bank", str(path), "--json", *args])
    return result, json.loads(result.stdout)


def test_findings_come_in_bank_order_whichever_run_ends_first(tmp_path):
    # The thread program is started first (it waits in real time) and the cases' runs before plain programs: the
    # findings still come in bank order, each question's in the order the checks make them.
    path = bank(tmp_path, predict("plain", SLEEPS), predict("versions", BY_VERSION), BROKEN_CASES,
                predict("threads", THREAD_RANDOM), predict("pinned", SLEEPS, expected="woke"))
    result, report = check(path, "--no-cache")
    assert result.exit_code == 1
    found = [(f["question"], f["kind"], f["message"]) for f in report["findings"]]
    assert [(question, kind) for question, kind, _ in found] == [
        ("versions", "version-dependent"), ("broken-cases", "write-solution"), ("threads", "nondeterministic"),
        ("pinned", "expected-mismatch")]
    assert found[0][2].startswith("it prints differently on Python 3.11 and 3.12 (line 1: 'Task-2' vs 'Task-1')")
    assert found[1][2] == ("the solution fails case 1: `observe` raised NameError: name 'undefined_name' is not "
                           "defined (hidden cases of seed check-1)")
    assert found[2][2].startswith("two runs differ: line 1: ") and found[2][2].endswith(" (Python 3.11)")
    assert found[3][2] == ("the pinned expected output differs from the reference loop's: line 1: 'woke' vs "
                           "'slept'")


def test_each_version_a_run_does_not_answer_for_is_run_and_a_program_runs_once_per_version(tmp_path, runs):
    path = bank(tmp_path, predict("asks", ASKS_ABOUT_313, keys_per_version="true"), predict("versions", BY_VERSION, keys_per_version="true"),
                predict("same-as-asks", ASKS_ABOUT_313, keys_per_version="true"))
    result, _ = check(path, "--no-cache")
    assert result.exit_code == 0, result.output
    # The 3.11 run of ASKS_ABOUT_313 answers for 3.12, not for 3.13; BY_VERSION's for neither, and its 3.12 run
    # answers for 3.13. Each first version is run a second time (nondeterminism), shared by the same programs.
    assert sorted(runs) == sorted([("3.11", "tiny")] * 4 + [("3.13", "tiny"), ("3.12", "tiny")])


def test_a_write_solution_runs_once_on_the_cases_of_every_seed_and_a_failure_names_its_seed(tmp_path, monkeypatch):
    # The hidden case fails on one seed's draw only: rng.random() is 0.49, 0.14 and 0.25 on check-1, -2 and -3.
    failing_on_one_seed = BROKEN_CASES.replace("broken-cases", "one-seed").replace(
        "observe: undefined_name", "observe: None").replace(
        "hidden: true\n        call: g()", "hidden: true\n        given: flip = rng.random()\n        call: g()\n"
        "        observe: 1 / (flip > 0.2)")
    made, real_run_code = [], sandbox.run_code

    def watched(code, **options):
        made.append(code)
        return real_run_code(code, **options)

    monkeypatch.setattr(sandbox, "run_code", watched)
    result, report = check(bank(tmp_path, failing_on_one_seed), "--no-cache")
    solution_runs = [code for code in made if "@reference" in code]
    assert len(solution_runs) == 2  # on 3.11 (answering for every version), and again: not once per seed
    assert [(f["kind"], f["message"]) for f in report["findings"]] == [
        ("write-solution", "the solution fails case 2: `observe` raised ZeroDivisionError: division by zero "
                           "(hidden cases of seed check-2)")]


def test_a_cached_answer_is_neither_run_nor_run_again(tmp_path, runs):
    path = bank(tmp_path, predict("threads", THREAD_RANDOM), predict("plain", SLEEPS))
    cache = tmp_path / "keys"
    result, report = check(path, "--cache-dir", str(cache))
    assert [(f["question"], f["kind"]) for f in report["findings"]] == [("threads", "nondeterministic")]
    assert len(runs) == 4  # each once on 3.11, answering for every version, and once more
    runs.clear()
    result, report = check(path, "--cache-dir", str(cache))
    # The cached answers are used as they are: the second run that told the thread program nondeterministic
    # is not made for an answer that was checked when it was stored.
    assert result.exit_code == 0 and report["findings"] == [] and runs == []


def fake_runs(monkeypatch, seconds=0.0):
    """sandbox.run_code replaced: each run records its code and how many runs were going on with it."""
    started, lock, going = [], threading.Lock(), [0]
    most = [0]

    def run_code(code, **options):
        with lock:
            started.append(code)
            going[0] += 1
            most[0] = max(most[0], going[0])
        time.sleep(seconds)
        with lock:
            going[0] -= 1
        return sandbox.RunResult(stdout=f"{code}\n", stderr="", exit_code=0, outcome="ok", finished=True)

    monkeypatch.setattr(sandbox, "run_code", run_code)
    return started, most


def test_the_pool_starts_the_highest_rank_first_and_keeps_arrival_order_among_equals(monkeypatch):
    started, _ = fake_runs(monkeypatch)

    async def work(pool):
        ranks = {"a": 0, "b": 2, "c": 1, "d": 0, "e": 2}
        return await asyncio.gather(*(pool.run(code, rank=rank) for code, rank in ranks.items()))

    results = RunPool(jobs=1).drive(work)
    assert started == ["b", "e", "c", "a", "d"]
    assert [r.stdout for r in results] == ["a\n", "b\n", "c\n", "d\n", "e\n"]


def test_the_pool_runs_at_most_jobs_at_once_and_reports_progress(monkeypatch):
    started, most = fake_runs(monkeypatch, seconds=0.02)
    progress = []

    async def work(pool):
        return await asyncio.gather(*(pool.run(str(n)) for n in range(8)))

    RunPool(jobs=3, progress=lambda done, asked: progress.append((done, asked))).drive(work)
    assert sorted(started) == [str(n) for n in range(8)]
    assert 1 <= most[0] <= 3
    assert progress == [(done, 8) for done in range(1, 9)]


def test_a_key_asked_for_twice_at_once_is_run_once_and_a_second_run_is_never_cached(monkeypatch):
    started, _ = fake_runs(monkeypatch)
    cache = KeyCache(None)

    async def work(pool):
        keys = PooledKeys(pool, cache)
        first, twin = await asyncio.gather(keys.answer("x", python="3.12"), keys.answer("x", python="3.12"))
        again = await keys.again("y", python="3.12")
        return first, twin, again, keys.cached("y", python="3.12")

    first, twin, again, cached = RunPool(jobs=2).drive(work)
    assert started == ["x", "y"]
    assert first.answer == twin.answer == "x\n" and again.answer == "y\n" and cached is None


# What it prints comes from a thread: real asyncio's clock follows the real one while it runs.
FROM_A_THREAD = """
    import asyncio
    async def main():
        print(await asyncio.to_thread(str, "from a thread"))
    asyncio.run(main())
"""


def test_a_real_run_late_on_a_loaded_machine_is_run_again_and_not_kept(tmp_path, monkeypatch):
    # The first run on real asyncio prints what a loaded machine can make a program that waits in real time
    # print (a duration rounded up to the next tenth); real asyncio prints what the reference loop does after that.
    real_runs, real_run_code = [], sandbox.run_code

    def late_once(code, **options):
        run = real_run_code(code, **options)
        if options.get("loop") != "asyncio-ff":
            return run
        real_runs.append(options.get("interpreter"))
        return dataclasses.replace(run, stdout="late\n") if len(real_runs) == 1 else run

    monkeypatch.setattr(sandbox, "run_code", late_once)
    path = bank(tmp_path, predict("threads", FROM_A_THREAD))
    cache = tmp_path / "keys"
    result, report = check(path, "--differential", "--cache-dir", str(cache))
    assert result.exit_code == 0 and report["findings"] == [], result.output
    versions_compared = len(set(real_runs))
    assert len(real_runs) == versions_compared + 1  # the late run's version ran once more
    real_runs.clear()
    # The answer stored is the one that agreed, not the late one: a check from the cache runs nothing again.
    result, report = check(path, "--differential", "--cache-dir", str(cache))
    assert result.exit_code == 0 and report["findings"] == [] and real_runs == []


def test_a_real_run_that_differs_every_time_is_a_divergence(tmp_path, monkeypatch):
    real_runs, real_run_code = [], sandbox.run_code

    def always_else(code, **options):
        run = real_run_code(code, **options)
        if options.get("loop") != "asyncio-ff":
            return run
        real_runs.append(options.get("interpreter"))
        return dataclasses.replace(run, stdout="something else\n")

    monkeypatch.setattr(sandbox, "run_code", always_else)
    path = bank(tmp_path, predict("threads", FROM_A_THREAD))
    result, report = check(path, "--differential", "--no-cache")
    assert result.exit_code == 1
    assert [(f["question"], f["kind"]) for f in report["findings"]] == [("threads", "divergence")]
    assert report["findings"][0]["message"].startswith("real asyncio prints something else: line 1: 'from a thread' "
                                                       "vs 'something else'")
    assert len(real_runs) == REAL_CLOCK_ATTEMPTS * len(set(real_runs))
