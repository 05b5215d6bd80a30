"""The loop's state at each step, rebuilt from a real traced run in the sandbox."""

import textwrap

import pytest

from quizzer.explorer.states import build_run
from quizzer.sandbox import run_code

PROGRAM = textwrap.dedent("""\
    import asyncio

    async def sleeper(delay):
        await asyncio.sleep(delay)
        print("slept", delay)

    async def main():
        first = asyncio.create_task(sleeper(2))
        second = asyncio.create_task(sleeper(1))
        await asyncio.sleep(0)
        print("both started")
        await first
        await second

    asyncio.run(main())
    """)


@pytest.fixture(scope="module")
def run():
    result = run_code(PROGRAM, filename="sleepers.py", trace=True)
    assert result.stdout == "both started\nslept 1\nslept 2\n"
    return build_run(result.trace)


def find(run, kind, task=None, **fields):
    """Index of the first step of this kind (of this task) whose summary mentions every value."""
    names = {info.name: task_id for task_id, info in run.tasks.items()}
    for index, step in enumerate(run.steps):
        if step.kind == kind and (task is None or step.lane == names[task]) and all(
                str(value) in step.summary for value in fields.values()):
            return index
    raise AssertionError(f"no {kind} step of {task} with {fields}")


def states(step, run):
    return {run.tasks[task_id].name: (state.state, state.detail, state.lines)
            for task_id, state in step.tasks.items()}


def test_tasks_are_known_with_their_coroutine_and_creator(run):
    assert [(info.name, info.coro, info.created_by, info.created_at) for info in run.tasks.values()] == [
        ("Task-1", "main", None, 15), ("Task-2", "sleeper", "Task-1", 8), ("Task-3", "sleeper", "Task-1", 9)]


def test_a_bare_yield_puts_the_task_behind_the_ones_it_created(run):
    step = run.steps[find(run, "step", "Task-1", what="bare yield")]
    assert [label for label, _ in step.ready] == ["Task-2: next step", "Task-3: next step", "Task-1: next step"]
    assert states(step, run)["Task-1"] == ("ready", "it yielded (sleep(0)): back in the ready queue", [10])
    assert step.line == 10


def test_timers_are_listed_earliest_first_whatever_order_they_were_set(run):
    step = run.steps[find(run, "step", "Task-3")]  # both sleepers have set their timer
    assert step.timers == [[1.0, "wake sleep until t=1"], [2.0, "wake sleep until t=2"]]
    assert states(step, run)["Task-2"] == ("waiting", "sleep until t=2", [4])


def test_a_task_awaiting_another_waits_on_it_then_is_woken_when_it_is_done(run):
    waiting = run.steps[find(run, "step", "Task-1", waits="waits on Task-2")]
    assert states(waiting, run)["Task-1"] == ("waiting", "Task-2", [12])
    done = find(run, "task_done", "Task-2")
    assert states(run.steps[done], run)["Task-2"][0] == "done"
    assert states(run.steps[done], run)["Task-1"][:2] == ("ready", "woken by Task-2")
    assert ["Task-1: next step", 0] in run.steps[done].ready


def test_output_so_far_grows_at_each_print_in_order(run):
    assert run.output == [["stdout", "both started\n"], ["stdout", "slept 1\n"], ["stdout", "slept 2\n"]]
    printed = [index for index, step in enumerate(run.steps) if step.kind == "output"]
    assert [run.steps[index].output for index in printed] == [1, 2, 3]
    assert run.steps[printed[0] - 1].output == 0
    assert run.steps[printed[1]].lane == find_task(run, "Task-3")  # sleep(1) ends first
    assert run.steps[printed[1]].line == 5
    assert states(run.steps[printed[1]], run)["Task-3"][0] == "running"


def test_the_clock_only_moves_when_a_timer_is_due(run):
    times = [step.t for step in run.steps]
    assert times == sorted(times)
    timer_steps = [step for step in run.steps if step.kind == "timer"]
    assert [step.t for step in timer_steps] == [1.0, 2.0]
    assert run.steps[run.steps.index(timer_steps[0]) - 1].t == 0.0


def test_asyncio_runs_own_clean_up_tasks_are_left_out(run):
    assert len(run.tasks) == 3
    assert all(task_id in run.tasks for step in run.steps for _, task_id in step.ready if task_id is not None)


def find_task(run, name):
    return next(task_id for task_id, info in run.tasks.items() if info.name == name)


def test_a_crowd_is_listed_up_to_a_limit_and_the_rest_counted():
    from quizzer.tinyloop.trace import SNAPSHOT_LIMIT

    code = ("import asyncio\n\nasync def sleeper(i):\n    await asyncio.sleep(1 + i)\n\n"
            "async def main():\n    await asyncio.gather(*(sleeper(i) for i in range(50)))\n\nasyncio.run(main())\n")
    run = build_run(run_code(code, trace=True).trace)
    crowded = max(run.steps, key=lambda step: step.more[0])
    assert len(crowded.ready) == SNAPSHOT_LIMIT and crowded.more[0] == 50 - SNAPSHOT_LIMIT
    all_set = next(step for step in run.steps if step.more[1] == 50 - SNAPSHOT_LIMIT)
    assert [when for when, _ in all_set.timers] == [1.0 + i for i in range(SNAPSHOT_LIMIT)]
