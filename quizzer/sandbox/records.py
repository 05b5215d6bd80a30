"""What a run says about itself, read as hostile data: strict, size-capped parsing in the caller.

Two channels reach the caller. The *side channel* is written by the program's own process (see
`quizzer.sandbox.child`), so the program can write anything there: `parse_side_channel` accepts exactly one JSON
object on one line, with known keys of known types, and `SIDE_CHANNEL_LIMIT` bytes at most (the caller stops a
run that writes more). The *run's socket* carries the machinery's messages (see `quizzer.sandbox.isolation`),
which `parse_message` checks just as strictly. JSON only: nothing a run sends is ever unpickled or evaluated.

A run whose side channel is empty has no final record: it did not finish (`os._exit`, a signal, a stop).

Memory. JSON costs far more as Python objects than as text (8 MiB of `{},` is some 200 MiB of dicts), so a record
may hold at most `CONTAINER_LIMIT` objects and arrays besides its `SIDE_CHANNEL_LIMIT` bytes, counted on the raw
bytes before parsing. `encode_final_record` (the child's side) keeps a long trace within both by cutting it, with a
last event saying how many were dropped.
"""

import json
import math

SIDE_CHANNEL_LIMIT = 8 << 20
# The program's descriptor for the side channel: the highest it may have (its limit is 1024 open files), so that
# its own descriptors start at 3 as under `python FILE` (asyncio's loop takes 3-5; a server it prints shows fd=6).
SIDE_CHANNEL_FD = 1023
CONTAINER_LIMIT = 250_000
MESSAGE_LIMIT = 4096
# The most a run's request (its program JSON-encoded, and a few short fields) may hold: its supervisor reads no more.
REQUEST_LIMIT = 64 << 20
# Room kept for the record's other fields when a trace is cut to fit.
_RECORD_ROOM = 64 << 10
RESULT_OUTCOMES = frozenset({"error", "deadlock", "unsupported", "memory", "refused", "crashed"})
# Trace events, as `quizzer.tinyloop.trace.render_timeline` and the explorer (`quizzer.explorer.states`) read them:
# the fields each kind must have, the ones that must be text, and the ones compared or used as keys (so must be
# plain values); the lists they walk, and what each item must be. Other fields may hold any JSON.
TRACE_FIELDS = {
    "task_created": ("task_id", "task", "coro", "by"), "resume": ("task_id", "resumed"),
    "step": ("task_id", "suspended"), "task_done": ("task_id", "outcome", "detail"),
    "timer": ("callback", "when"), "io": ("fd", "ready"), "signal": ("signals",), "callback": ("callback",),
    "output": ("stream", "text"),
    "deadlock": ("report",), "thread_submitted": ("lane", "by", "call"), "thread_started": ("lane",),
    "thread_finished": ("lane", "outcome", "detail"), "thread_call": ("lane", "callback"),
    "process_started": ("lane", "command"), "pipe_read": ("lane", "pipe", "size"),
    "pipe_written": ("lane", "pipe", "size"), "pipe_closed": ("lane", "pipe"),
    "process_exited": ("lane", "returncode"), "process_finished": ("lane", "returncode"),
}
TRACE_TEXT_FIELDS = ("text", "report", "task", "signals", "outcome", "command", "coro")
TRACE_PLAIN_FIELDS = ("task_id", "coro", "callback", "by", "stream", "lane", "func", "program")
TRACE_LIST_FIELDS = {"stack": "line", "scheduled": "entry", "ready_queue": "entry", "timers": "timer"}
SCALARS = (str, int, float, bool, type(None))


class MalformedRecord(ValueError):
    """The run sent something that is not a record the sandbox writes."""


def _containers(data: bytes) -> int:
    """An upper bound of the objects and arrays in JSON text (a brace inside a string counts too)."""
    return data.count(b"{") + data.count(b"[")


def encode_final_record(record: dict) -> bytes:
    """The child's final record as one line, its trace cut to what `parse_side_channel` accepts."""
    events = record.get("trace")
    head = json.dumps({"final": True, **{k: v for k, v in record.items() if k != "trace"}}, default=repr)
    if events is None:
        return (head + "\n").encode()
    size, containers, pieces = len(head), _containers(head.encode()), []
    for event in events:
        piece = json.dumps(event, default=repr)
        size += len(piece) + 2
        containers += _containers(piece.encode())
        if size > SIDE_CHANNEL_LIMIT - _RECORD_ROOM or containers > CONTAINER_LIMIT - 10:
            dropped = len(events) - len(pieces)
            pieces.append(json.dumps({"t": event.get("t", 0), "event": "trace_cut",
                                      "detail": f"{dropped} more events not recorded: the trace was too long"}))
            break
        pieces.append(piece)
    return (head[:-1] + ', "trace": [' + ", ".join(pieces) + "]}\n").encode()


def _reject_constant(name: str):
    raise MalformedRecord(f"{name} is not a number a run reports")


def decode_object(line: bytes | str) -> dict:
    """One JSON object, strictly: MalformedRecord for anything else (NaN and Infinity, nesting deeper than json
    recurses, another JSON value)."""
    try:
        value = json.loads(line, parse_constant=_reject_constant)
    except (ValueError, RecursionError) as error:
        raise MalformedRecord(f"not JSON ({error})") from None
    if not isinstance(value, dict):
        raise MalformedRecord("not a JSON object")
    return value


def finite_number(value) -> bool:
    """A finite number that converts to a float: the caller formats and compares times and statistics as floats,
    and an integer beyond a float's range (JSON has no limit) would raise OverflowError there."""
    if not isinstance(value, (int, float)) or isinstance(value, bool):
        return False
    try:
        return math.isfinite(value)
    except OverflowError:
        return False


def parse_side_channel(data: bytes) -> dict | None:
    """The run's final record, or None if it wrote none; MalformedRecord for anything else."""
    if not data:
        return None
    if len(data) > SIDE_CHANNEL_LIMIT or _containers(data) > CONTAINER_LIMIT:
        raise MalformedRecord("too large")
    if not data.endswith(b"\n") or data.count(b"\n") != 1:
        raise MalformedRecord("not exactly one line")
    record = decode_object(data)
    unknown = set(record) - {"final", "outcome", "reason", "exception", "stats", "trace"}
    if unknown:
        raise MalformedRecord(f"unknown field {sorted(unknown)[0]!r}")
    if record.get("final") is not True:
        raise MalformedRecord("not a final record")
    if "outcome" in record and record["outcome"] not in RESULT_OUTCOMES:
        raise MalformedRecord("unknown outcome")
    reason = record.get("reason")
    if reason is not None and (not isinstance(reason, str) or "\n" in reason):
        raise MalformedRecord("the reason is not one line of text")
    if not isinstance(record.get("exception", ""), str):
        raise MalformedRecord("the exception is not text")
    stats = record.get("stats", {})
    if not isinstance(stats, dict) or not all(isinstance(k, str) and finite_number(v) for k, v in stats.items()):
        raise MalformedRecord("the statistics are not numbers")
    if "trace" in record:
        _check_trace(record["trace"])
    return record


def _check_trace(events) -> None:
    if not isinstance(events, list):
        raise MalformedRecord("the trace is not a list")
    started = set()  # the tasks created or resumed so far: the explorer follows a step or an ending from there
    for event in events:
        if not isinstance(event, dict) or not isinstance(event.get("event"), str) or not finite_number(event.get("t")):
            raise MalformedRecord("a trace event has no kind or time")
        if "task_id" in event and "task" not in event:
            raise MalformedRecord("a task's trace event has no task name")
        if any(field not in event for field in TRACE_FIELDS.get(event["event"], ())):
            raise MalformedRecord(f"a {event['event']} trace event lacks a field")
        if any(field in event and not isinstance(event[field], str) for field in TRACE_TEXT_FIELDS):
            raise MalformedRecord("a trace event's text is not text")
        if any(not isinstance(event.get(field), SCALARS) for field in TRACE_PLAIN_FIELDS):
            raise MalformedRecord("a trace event's name is not a plain value")
        if "when" in event and not finite_number(event["when"]):
            raise MalformedRecord("a timer's time is not a number")
        if not all(_is_items(event[field], kind) for field, kind in TRACE_LIST_FIELDS.items() if field in event):
            raise MalformedRecord("a trace event's list is not what the loop records")
        if event["event"] in ("task_created", "resume"):
            started.add(event["task_id"])
        elif event["event"] in ("step", "task_done") and event["task_id"] not in started:
            raise MalformedRecord(f"a {event['event']} trace event of a task that never started")


def _is_items(items, kind: str) -> bool:
    """A list of program lines ("line"), of ready-queue entries ("entry": a label, and a task for a task's step)
    or of timers ("timer": deadline and label)."""
    if not isinstance(items, list):
        return False
    if kind == "line":
        return all(isinstance(item, SCALARS) for item in items)
    if kind == "entry":
        return all(isinstance(item, dict) and isinstance(item.get("label"), str)
                   and isinstance(item.get("task_id"), SCALARS) for item in items)
    return all(isinstance(item, list) and len(item) == 2 and finite_number(item[0]) and isinstance(item[1], str)
               for item in items)


def parse_message(line: bytes) -> dict:
    """One message of the machinery: {"started": true}, {"stopping": true}, {"status": S, "cpu_time": T} (and
    "memory": true when the run's processes together held too much memory) or {"error": REASON}."""
    if len(line) > MESSAGE_LIMIT:
        raise MalformedRecord("an oversized message")
    message = decode_object(line)
    if len(message) == 1 and (message.get("started") is True or message.get("stopping") is True):
        return message
    if set(message) - {"memory"} == {"status", "cpu_time"} and message.get("memory", True) is True:
        if isinstance(message["status"], int) and not isinstance(message["status"], bool) \
                and 0 <= message["status"] < 1 << 16 and finite_number(message["cpu_time"]):
            return message
    elif set(message) == {"error"} and isinstance(message["error"], str):
        return message
    raise MalformedRecord("not a message of the sandbox's machinery")
