"""The trace recorder, its renderers, and last_run_stats()."""

import json
import os
import signal
import socket

import pytest

import quizzer.tinyloop as tinyloop
from quizzer.tinyloop import trace


async def worker(event):
    await event.wait()
    return 42


async def main():
    event = tinyloop.Event()
    task = tinyloop.create_task(worker(event), name="worker")
    await tinyloop.sleep(1)
    tinyloop.get_running_loop().call_soon(event.set)
    return await task


def only(events, **fields):
    return [event for event in events
            if all(event.get(key) == value for key, value in fields.items())]


def test_events_tell_who_created_what_and_why_each_step_ran(tracing):
    assert tinyloop.run(main()) == 42
    events = trace.events()
    created = only(events, event="task_created")
    main_name = created[0]["task"]  # Task-N: numbering is process-wide
    assert [(e["coro"], e["by"]) for e in created[:2]] == [("main", None), ("worker", main_name)]
    # Up to 3.12 create_task names the task after creating it (as Task-N); 3.13 creates it named.
    named_at_creation = tinyloop.versions.active.named_tasks_take_no_number
    assert created[1]["task"] == ("worker" if named_at_creation else f"Task-{int(main_name[5:]) + 1}")
    main_steps = only(events, event="step", task=main_name)
    assert [(e["t"], e["resumed"], e["suspended"]) for e in main_steps] == [
        (0.0, "start", "sleep until t=1"),
        (1.0, "woken by sleep until t=1", "worker"),
        (1.0, "result of worker: 42", None),
    ]
    worker_steps = only(events, event="step", task="worker")
    assert [(e["resumed"], e["suspended"]) for e in worker_steps] == [
        ("start", "Event.wait()"), ("woken by Event.wait()", None)]
    assert only(events, event="timer")[0]["t"] == 1.0
    assert only(events, event="callback", timer=False)[0]["callback"].startswith("Event.set(")
    assert only(events, event="task_done", task="worker")[0]["detail"] == "42"


def test_an_internal_waiter_wakes_a_task_without_a_misleading_result(tracing):
    async def consumer(queue):
        return await queue.get()

    async def body():
        queue = tinyloop.Queue()
        task = tinyloop.create_task(consumer(queue), name="consumer")
        await tinyloop.sleep(0)
        queue.put_nowait("item")
        return await task

    assert tinyloop.run(body()) == "item"
    steps = only(trace.events(), event="step", task="consumer")
    # The waiter Queue.get() sleeps on is resolved with None; get() itself returns "item".
    assert [e["resumed"] for e in steps] == ["start", "woken by Queue.get()"]
    timeline = trace.render_timeline(trace.events())
    assert "woken by Queue.get()" in timeline and "result of Queue.get()" not in timeline


def test_bare_yields_and_cancellation_are_named(tracing):
    async def hopper():
        await tinyloop.sleep(0)
        await tinyloop.sleep(10)

    async def body():
        task = tinyloop.create_task(hopper(), name="hopper")
        await tinyloop.sleep(0)
        await tinyloop.sleep(0)
        task.cancel()
        await tinyloop.sleep(0)

    tinyloop.run(body())
    steps = only(trace.events(), event="step", task="hopper")
    assert [(e["resumed"], e["suspended"]) for e in steps] == [
        ("start", "bare yield"),
        ("after bare yield", "sleep until t=10"),
        ("CancelledError from sleep until t=10", None),
    ]
    assert only(trace.events(), event="task_done", task="hopper")[0]["outcome"] == "cancelled"


def test_deadlock_and_io_are_recorded(tracing):
    left, right = socket.socketpair()
    left.setblocking(False)

    async def body():
        loop = tinyloop.get_running_loop()
        got = loop.create_future()
        loop.add_reader(left, lambda: got.done() or got.set_result(left.recv(4)))
        right.send(b"ping")
        await got
        loop.remove_reader(left)
        await loop.create_future()

    try:
        with pytest.raises(tinyloop.Deadlock):
            tinyloop.run(body())
    finally:
        left.close()
        right.close()
    events = trace.events()
    assert only(events, event="io", ready="read")
    assert "waiting on a Future" in only(events, event="deadlock")[0]["report"]


def test_a_signal_through_the_self_pipe_is_named_in_the_trace(tracing):
    log = []

    async def body():
        loop = tinyloop.get_running_loop()
        got = tinyloop.Event()
        loop.add_signal_handler(signal.SIGUSR1, lambda: (log.append("handler"), got.set()))
        os.kill(os.getpid(), signal.SIGUSR1)
        await got.wait()
        loop.remove_signal_handler(signal.SIGUSR1)

    tinyloop.run(body())
    events = trace.events()
    assert log == ["handler"]
    assert [e["signals"] for e in only(events, event="signal")] == ["SIGUSR1"]
    assert not only(events, event="io")  # the self-pipe is not shown as an anonymous descriptor
    callbacks = [e["callback"] for e in only(events, event="callback")]
    handler = next(i for i, text in enumerate(callbacks) if text.endswith("body.<lambda>()"))
    assert callbacks.index("queue the handlers of SIGUSR1") < handler
    assert "signal: SIGUSR1 (self-pipe)" in trace.render_timeline(events)


def test_timeline_has_one_lane_per_task(tracing):
    tinyloop.run(main())
    main_name = trace.events()[0]["task"]
    text = trace.render_timeline(trace.events())
    header = text.splitlines()[0]
    assert f"{main_name} (main)" in header and "worker (worker)" in header
    assert header.index(f"{main_name} (main)") < header.index("worker (worker)")
    assert "waits: Event.wait()" in text
    lines = text.splitlines()
    lane_of = {line.index("waits: Event.wait()") for line in lines if "waits: Event.wait()" in line}
    assert lane_of == {header.index("worker (worker)") + len("  ")}  # indented under "> start"


def test_json_lines_round_trip(tracing):
    tinyloop.run(main())
    events = trace.events()
    lines = trace.to_json_lines(events).splitlines()
    assert [json.loads(line) for line in lines] == events
    assert all("t" in event for event in events)


def test_tracing_off_records_nothing_and_gives_loops_no_instrument():
    trace.disable()
    loop = tinyloop.new_event_loop()
    assert loop._instrument is None
    loop.close()
    tinyloop.run(main())
    assert trace.events() == []
    assert tinyloop.last_run_stats() == {"virtual_time": 1.0}  # counting is off too


@pytest.fixture
def counting():
    trace.count()
    try:
        yield
    finally:
        trace.disable()


def test_last_run_stats_counts_tasks_steps_and_callbacks(counting):
    tinyloop.run(main())
    stats = tinyloop.last_run_stats()
    # main and worker; asyncio.run's two clean-up tasks are counted apart
    assert (stats["tasks"], stats["clean_up_tasks"]) == (2, 2)
    assert stats["virtual_time"] == 1.0
    # main: 3 steps, worker: 2, the clean-up tasks: 1 each
    assert stats["steps"] == 7
    # sleep's timer, Event.set, and one "stop the loop" callback per run_until_complete
    assert stats["callbacks"] == 5


def test_timeline_leaves_out_asyncio_runs_own_clean_up_tasks(tracing):
    tinyloop.run(main())
    events = trace.events()
    created = [(event["task"], event["coro"]) for event in only(events, event="task_created")]
    # main, worker (named after it is created, as asyncio.create_task does), then asyncio.run's clean-up
    assert [coro for _, coro in created] == ["main", "worker", "BaseEventLoop.shutdown_asyncgens",
                                             "BaseEventLoop.shutdown_default_executor"]
    timeline = trace.render_timeline(events)
    header = timeline.splitlines()[0]
    assert f"{created[0][0]} (main)" in header and "worker (worker)" in header
    for name, _ in created[2:]:
        assert name not in timeline
    loop_lane = " ".join(line.split("|")[-1].strip() for line in timeline.splitlines()[2:])
    assert f"call stop the loop: {created[0][0]} is done" in loop_lane      # main's own stop stays


def test_each_event_carries_the_ready_queue_and_the_timers_after_it(tracing):
    async def sleeper(delay):
        await tinyloop.sleep(delay)

    async def body():
        tinyloop.create_task(sleeper(2), name="two")
        tinyloop.create_task(sleeper(1), name="one")
        await tinyloop.sleep(0)

    tinyloop.run(body())
    events = trace.events()
    body_name = events[0]["task"]
    first_step = only(events, event="step", task=body_name)[0]
    assert [entry["label"] for entry in first_step["ready_queue"]] == [
        f"{name}: next step" for name in ("two", "one", body_name)]
    assert first_step["scheduled"] == first_step["ready_queue"]  # all three were queued by this step
    after_both = only(events, event="step", task="one")[0]
    assert after_both["timers"] == [[1.0, "wake sleep until t=1"], [2.0, "wake sleep until t=2"]]


def test_output_is_recorded_one_print_at_a_time_in_the_task_that_printed(capsys):
    async def speaker():
        print("hello", 42)
        print("bye")

    async def body():
        await tinyloop.create_task(speaker(), name="speaker")

    trace.enable()  # here, not in a fixture: after capsys has put its own sys.stdout in place
    try:
        tinyloop.run(body())
        printed = only(trace.events(), event="output")
    finally:
        trace.disable()
    assert capsys.readouterr().out == "hello 42\nbye\n"  # the program's output is unchanged
    assert [(e["task"], e["stream"], e["text"]) for e in printed] == [
        ("speaker", "stdout", "hello 42\n"), ("speaker", "stdout", "bye\n")]


def test_output_hook_is_removed_when_tracing_is_off():
    import sys

    trace.enable()
    assert "write" in vars(sys.stdout)
    trace.disable()
    assert "write" not in vars(sys.stdout) and "write" not in vars(sys.stderr)


async def crowd(count):
    async def member(number):
        await tinyloop.sleep(number / 10)
        return number

    return await tinyloop.gather(*(member(number) for number in range(count)))


@pytest.mark.parametrize("tasks", [3, 8])
@pytest.mark.parametrize("width", [40, 80, 120])
def test_timeline_is_never_wider_than_asked(tracing, tasks, width):
    tinyloop.run(crowd(tasks - 1))
    lines = trace.render_timeline(trace.events(), width=width).splitlines()
    assert max(map(len, lines)) <= width
    text = " ".join(lines)
    assert "created by" in text and "= result" in text


def test_a_wide_terminal_gets_lanes_a_narrow_one_a_list(tracing):
    tinyloop.run(crowd(2))
    wide = trace.render_timeline(trace.events(), width=120).splitlines()
    assert wide[0].count(" | ") == 4  # time, three tasks, the loop
    narrow = trace.render_timeline(trace.events(), width=60).splitlines()
    assert narrow[0].split() == ["t", "|", "lane:", "event"]
    assert any("member): created by" in line for line in narrow)  # each event named by its lane
