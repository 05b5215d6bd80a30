"""Worker threads in the trace, in process: each executor job and each thread of the program that
hands the loop a callback gets a lane, and its events come in the order the loop lived them.

(Child processes run only in the sandbox's jail: tests/sandbox/test_jail_trace_lanes.py.)"""

import threading

import quizzer.tinyloop as tinyloop
from quizzer.tinyloop import trace


def lane_log(events):
    """(event, lane, what) of the events in thread lanes, and of the loop's and the task's around them."""
    log = []
    for event in trace.learner_events(events):  # without asyncio.run's clean-up
        kind = event["event"]
        if kind == "thread_submitted":
            log.append((kind, event["lane"], event["call"]))
        elif kind == "thread_finished":
            log.append((kind, event["lane"], f"{event['outcome']} {event['detail']}"))
        elif kind == "thread_call":
            log.append((kind, event["lane"], event["callback"]))
        elif kind == "output":
            log.append((kind, event.get("lane") or event.get("task"), event["text"]))
        elif kind in ("thread_started", "resume"):
            log.append((kind, event.get("lane") or event.get("task"), event.get("resumed")))
    return log


def blocking(number):
    print("working on", number)
    return number * 10


def fails():
    raise ValueError("bad")


async def jobs():
    loop = tinyloop.get_running_loop()
    first = await loop.run_in_executor(None, blocking, 1)
    second = await tinyloop.to_thread(blocking, number=2)
    try:
        await tinyloop.to_thread(fails)
    except ValueError:
        pass
    return first, second


def test_each_executor_job_has_a_lane_with_its_life_in_order(tracing):
    assert tinyloop.run(jobs()) == (10, 20)
    events = trace.events()
    main = events[0]["task"]
    assert lane_log(events) == [
        ("resume", main, "start"),
        ("thread_submitted", "thread 1", "blocking(1)"),
        ("thread_started", "thread 1", None),
        ("output", "thread 1", "working on 1\n"),  # printed in the worker: in its lane, not in main's
        ("thread_finished", "thread 1", "result 10"),
        ("thread_call", "thread 1", "pass the job's outcome to a Future"),
        ("resume", main, "result of a Future: 10"),
        ("thread_submitted", "thread 2", "blocking(number=2)"),  # to_thread's partial, unwrapped
        ("thread_started", "thread 2", None),
        ("output", "thread 2", "working on 2\n"),
        ("thread_finished", "thread 2", "result 20"),
        ("thread_call", "thread 2", "pass the job's outcome to a Future"),
        ("resume", main, "result of a Future: 20"),
        ("thread_submitted", "thread 3", "fails()"),
        ("thread_started", "thread 3", None),
        ("thread_finished", "thread 3", "exception ValueError('bad')"),
        ("thread_call", "thread 3", "pass the job's outcome to a Future"),
        ("resume", main, "ValueError('bad') from a Future"),
    ]
    # The hand-over is a callback the loop then runs, in its own lane, before main resumes.
    handed = next(index for index, event in enumerate(events) if event["event"] == "thread_call")
    assert events[handed]["ready_queue"][-1] == {"label": "pass the job's outcome to a Future"}
    assert events[handed + 1]["event"] == "callback"
    assert events[handed + 1]["callback"] == "pass the job's outcome to a Future"
    submitted = events[1 + next(index for index, event in enumerate(events) if event["event"] == "thread_submitted")]
    assert (submitted["event"], submitted["suspended"]) == ("step", "a Future")  # main waits once it submitted


def test_a_thread_of_the_program_gets_a_lane_when_it_first_calls_the_loop(tracing):
    async def main():
        loop = tinyloop.get_running_loop()
        first, second = loop.create_future(), loop.create_future()

        def producer():
            loop.call_soon_threadsafe(first.set_result, "one")
            loop.call_soon_threadsafe(second.set_result, "two")

        thread = threading.Thread(target=producer)
        thread.start()
        results = [await first, await second]
        thread.join()
        loop.call_soon_threadsafe(print, "from the loop itself")
        await tinyloop.sleep(0)
        return results

    assert tinyloop.run(main()) == ["one", "two"]
    events = trace.events()
    calls = [(event["lane"], event["callback"]) for event in events if event["event"] == "thread_call"]
    assert calls == [("thread 1", "Future.set_result('one')"), ("thread 1", "Future.set_result('two')"),
                     (None, "print('from the loop itself')")]
    assert trace.other_lanes(events) == {"thread 1": "thread 1 (started by the program)"}
    # Handed over in the loop's own thread, the callback is queued at once (as call_soon queues it):
    # the hand-over is seen as it runs, at the head of the ready queue, and the callback follows.
    own = next(index for index, event in enumerate(events) if event["event"] == "thread_call" and event["lane"] is None)
    assert events[own]["ready_queue"][0] == {"label": "print('from the loop itself')"}
    ran = next(event for event in events[own + 1:] if event["event"] == "callback")
    assert ran["callback"] == "print('from the loop itself')"


def test_run_coroutine_threadsafe_is_a_hand_over_from_the_thread(tracing):
    async def double(number):
        return number * 2

    async def main():
        loop = tinyloop.get_running_loop()
        return await tinyloop.to_thread(lambda: tinyloop.run_coroutine_threadsafe(double(21), loop).result())

    assert tinyloop.run(main()) == 42
    events = trace.events()
    calls = [(event["lane"], event["callback"]) for event in events if event["event"] == "thread_call"]
    assert calls == [("thread 1", "run_coroutine_threadsafe: start the coroutine as a task"),
                     ("thread 1", "pass the job's outcome to a Future")]
    created = [event["coro"].rpartition(".")[2] for event in events if event["event"] == "task_created"]
    assert created[:2] == ["main", "double"]  # the coroutine the thread handed over runs as a task


def test_the_text_timeline_has_a_column_per_thread_next_to_the_tasks(tracing):
    tinyloop.run(jobs())
    header, rule, *rows = trace.render_timeline(trace.events()).splitlines()
    columns = [title.strip() for title in header.split(" | ")]
    assert columns[2:] == ["thread 1 (blocking)", "thread 2 (blocking)", "thread 3 (fails)",
                           "loop: timers, I/O, callbacks"]
    assert columns[1].endswith("(jobs)")
    columns_of = {}  # a cell's first line -> the columns it appears in
    for row in rows:
        for column, cell in enumerate(row.split("|")):
            if cell.strip():
                columns_of.setdefault(cell.strip(), set()).add(column)
    assert columns_of["print: working on 1"] == {2}
    assert columns_of["print: working on 2"] == {3}
    assert columns_of["= exception ValueError('bad')"] == {4}
    assert columns_of["> start"] == {1}
