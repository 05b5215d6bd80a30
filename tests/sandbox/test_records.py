"""What a run sends back is parsed strictly: one final record of known fields and types, or nothing."""

import json

import pytest

from quizzer.sandbox.records import SIDE_CHANNEL_LIMIT, MalformedRecord, parse_message, parse_side_channel


def line(record) -> bytes:
    return (json.dumps(record) + "\n").encode()


def test_a_final_record_is_read_back():
    record = {"final": True, "outcome": "error", "exception": "ValueError: two\nlines",
              "stats": {"virtual_time": 1.5, "tasks": 2}, "trace": [{"t": 0, "event": "timer", "callback": "x", "when": 0}]}
    assert parse_side_channel(line(record)) == record


def test_a_trace_with_thread_and_subprocess_lanes_is_read_back():
    trace = [{"t": 0, "event": "thread_submitted", "lane": "thread 1", "func": "f", "call": "f()", "by": None},
             {"t": 0, "event": "thread_call", "lane": None, "callback": "print('x')"},
             {"t": 0.5, "event": "pipe_read", "lane": "subprocess 1", "pipe": "stdout", "size": 3}]
    assert parse_side_channel(line({"final": True, "trace": trace}))["trace"] == trace


def test_no_record_is_an_unfinished_run():
    assert parse_side_channel(b"") is None


@pytest.mark.parametrize("data", [
    b"not json\n",
    b"[1, 2]\n",
    line({"outcome": "error"}),                                   # not marked final
    line({"final": True}) + line({"final": True}),                # two records
    line({"final": True})[:-1],                                   # cut short
    line({"final": True, "pickle": "..."}),                       # unknown field
    line({"final": True, "outcome": "ok"}),                       # an outcome the child never writes
    line({"final": True, "reason": "two\nlines"}),
    line({"final": True, "exception": 3}),
    line({"final": True, "stats": {"virtual_time": "1"}}),
    line({"final": True, "stats": {"virtual_time": True}}),
    b'{"final": true, "stats": {"virtual_time": NaN}}\n',
    b'{"final": true, "stats": {"virtual_time": Infinity}}\n',
    line({"final": True, "stats": {"virtual_time": 10 ** 400}}),  # beyond a float: formatting it overflows
    line({"final": True, "trace": [{"t": 10 ** 400, "event": "timer", "callback": "x"}]}),
    line({"final": True, "trace": {"t": 0}}),
    line({"final": True, "trace": [{"event": "timer", "callback": "x"}]}),          # no time
    line({"final": True, "trace": [{"t": 0, "event": "deadlock", "report": 1}]}),   # report not text
    line({"final": True, "trace": [{"t": 0, "event": "step", "task_id": 1}]}),      # no task name
    line({"final": True, "trace": [{"t": 0, "event": "timer", "callback": ["x"]}]}),
    line({"final": True, "trace": [{"t": 0, "event": "pipe_read", "lane": "subprocess 1", "pipe": "stdout"}]}),
    line({"final": True, "trace": [{"t": 0, "event": "thread_call", "lane": ["thread 1"], "callback": "x"}]}),
    # what the explorer reads: a task's step before it ever ran, a timer without its time, lists that are not
    # the loop's, an outcome or a coroutine that is not text
    line({"final": True, "trace": [{"t": 0, "event": "task_done", "task": "T", "task_id": 1, "outcome": "result",
                                    "detail": None}]}),
    line({"final": True, "trace": [{"t": 0, "event": "timer", "callback": "x"}]}),
    line({"final": True, "trace": [{"t": 0, "event": "timer", "callback": "x", "when": "soon"}]}),
    line({"final": True, "trace": [{"t": 0, "event": "callback", "callback": "x", "scheduled": [{"task_id": 1}]}]}),
    line({"final": True, "trace": [{"t": 0, "event": "callback", "callback": "x", "timers": [5]}]}),
    line({"final": True, "trace": [{"t": 0, "event": "resume", "task": "T", "task_id": 1, "resumed": "start",
                                    "stack": {"-1": 3}}]}),
    line({"final": True, "trace": [{"t": 0, "event": "task_created", "task": "T", "task_id": 1, "coro": 7,
                                    "by": None}]}),
    line({"final": True, "trace": [{"t": 0, "event": "thread_finished", "lane": "thread 1", "outcome": ["x"],
                                    "detail": None}]}),
    b"[" * 100_000 + b"]" * 100_000 + b"\n",
    line({"final": True, "reason": "x" * (SIDE_CHANNEL_LIMIT + 1)}),
])
def test_anything_else_is_malformed(data):
    with pytest.raises(MalformedRecord):
        parse_side_channel(data)


def test_the_machinerys_messages():
    assert parse_message(b'{"started": true}') == {"started": True}
    assert parse_message(b'{"stopping": true}') == {"stopping": True}
    assert parse_message(b'{"status": 0, "cpu_time": 0.1}') == {"status": 0, "cpu_time": 0.1}
    assert parse_message(b'{"error": "no"}') == {"error": "no"}
    assert parse_message(b'{"status": 9, "cpu_time": 0.1, "memory": true}') == {"status": 9, "cpu_time": 0.1,
                                                                                "memory": True}
    for bad in (b'{"started": 1}', b'{"stopping": 1}', b'{"started": true, "stopping": true}', b'{"status": -1, "cpu_time": 0}', b'{"status": 0}', b'{"error": 1}',
                b'{"status": 0, "cpu_time": 0, "x": 1}', b'{"status": 0, "cpu_time": 0, "memory": 1}',
                b'{"memory": true}', b"{}", b"x" * 5000):
        with pytest.raises(MalformedRecord):
            parse_message(bad)


def test_a_long_trace_is_cut_to_fit_with_a_last_event_saying_so():
    from quizzer.sandbox.records import CONTAINER_LIMIT, encode_final_record

    events = [{"t": 0, "event": "resume", "task": "Task-1", "task_id": 1, "resumed": "start"}]
    events += [{"t": n, "event": "step", "task": "Task-1", "task_id": 1, "suspended": None,
                "ready_queue": [{"label": "x" * 50}]} for n in range(CONTAINER_LIMIT)]
    record = parse_side_channel(encode_final_record({"outcome": "error", "trace": events}))
    assert record["outcome"] == "error"
    assert 1000 < len(record["trace"]) < len(events)
    assert record["trace"][:-1] == events[:len(record["trace"]) - 1]
    assert record["trace"][-1]["event"] == "trace_cut"
    assert record["trace"][-1]["detail"].endswith("more events not recorded: the trace was too long")


def test_many_small_objects_are_refused_before_they_are_built():
    data = b'{"final": true, "trace": [' + b"{}," * 300_000 + b"{}]}\n"
    assert len(data) < SIDE_CHANNEL_LIMIT
    with pytest.raises(MalformedRecord, match="too large"):
        parse_side_channel(data)
