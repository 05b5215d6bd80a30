"""Recording what the loop does, to show a learner *why* the lines print in that order.

asyncio has no counterpart.  ``enable()`` makes every loop created afterwards (by
``new_event_loop()`` / ``asyncio.run``) an instance of a recording subclass; loops created before,
and everything when tracing is off, run the plain loop: the hot path has no tracing checks.

Each event is a JSON-able dict with ``t`` (virtual time) and ``event``:

* ``task_created``: ``task``, ``coro``, ``by`` (the task that created it, or null);
* ``step``: ``task``, ``resumed`` (why it runs: "start", "result of Task-2: 5",
  "CancelledError from sleep(1) ...", "after bare yield", ...) and ``suspended`` (what it waits on
  now: a future's label, "bare yield", or null when the step finished the task);
* ``task_done``: ``task``, ``outcome`` ("result" / "exception" / "cancelled"), ``detail``;
* ``timer``: a timer came due (``callback``, ``when``); ``io``: an fd became ready (``fd``,
  ``ready``); ``callback``: a plain callback ran (``callback``);
* ``deadlock``: ``report``.

``render_timeline(events)`` draws one lane (column) per task plus one for the loop's own
callbacks; ``to_json_lines(events)`` gives one JSON object per line.
"""

import json
import reprlib
import textwrap

from . import exceptions
from . import runners
from .futures import Future
from .handles import TimerHandle
from .tasks import Task

_events = None  # the list being recorded into, while tracing is enabled


def enable():
    """Record every loop created from now on (the event list starts empty)."""
    global _events
    _events = []
    runners._loop_class = _recording_subclass(runners._default_loop_class())


def disable():
    global _events
    _events = None
    runners._loop_class = None


def events():
    """The events recorded since enable() (an empty list when tracing is off)."""
    return list(_events or ())


def to_json_lines(events):
    return "".join(json.dumps(event, sort_keys=True) + "\n" for event in events)


# ---------------------------------------------------------------------- recording

def _recording_subclass(base):
    class RecordingLoop(_Recorder, base):
        pass
    # A program that prints type(loop) must see the same class name with tracing on or off.
    RecordingLoop.__name__, RecordingLoop.__qualname__ = base.__name__, base.__qualname__
    RecordingLoop.__module__ = base.__module__
    return RecordingLoop


class _Recorder:
    """Mixin overriding the loop's few decision points to log them; behaviour is unchanged."""

    def __init__(self):
        super().__init__()
        self._started = set()  # tasks that have had their first step

    def _record(self, event, **fields):
        if _events is not None:
            _events.append({"t": self._clock, "event": event, **fields})

    def create_task(self, coro, *, name=None, context=None):
        task = super().create_task(coro, name=name, context=context)
        creator = self._current_task
        self._record("task_created", task=task.get_name(), task_id=task._creation_index,
                     coro=_coro_name(task),
                     by=creator.get_name() if creator is not None else None)
        return task

    def _collect_ready(self):
        ready = self._ready
        already_ready = len(ready)
        try:
            super()._collect_ready()
        except exceptions.Deadlock as deadlock:
            self._record("deadlock", report=str(deadlock))
            raise
        for index in range(already_ready, len(ready)):
            handle = ready[index]
            if isinstance(handle, TimerHandle):
                self._record("timer", callback=_callback_text(handle), when=handle._when)
            else:
                self._record("io", **self._describe_io(handle))

    def _describe_io(self, handle):
        for fd, (reader, writer) in self._fd_watchers.items():
            if handle is reader:
                return {"fd": fd, "ready": "read"}
            if handle is writer:
                return {"fd": fd, "ready": "write"}
        return {"fd": None, "ready": "?"}

    def _run_once(self):
        self._collect_ready()
        ready = self._ready
        ntodo = len(ready)
        self._entries_run += ntodo
        for _ in range(ntodo):
            entry = ready.popleft()
            if isinstance(entry, Task):
                self._traced_step(entry)
            else:
                if not entry._cancelled and not isinstance(entry, TimerHandle):  # timers: logged when due
                    self._record("callback", callback=_callback_text(entry))
                entry._run()

    def _traced_step(self, task):
        resumed = _why_resumed(task, self._started)
        self._started.add(task)
        try:
            task._run()
        finally:
            ident = {"task": task.get_name(), "task_id": task._creation_index}
            if task.done():
                self._record("step", **ident, resumed=resumed, suspended=None)
                self._record("task_done", **ident, **_outcome(task))
            else:
                self._record("step", **ident, resumed=resumed, suspended=_why_suspended(task))


def _callback_text(handle):
    """A callback as a learner wants to read it: loop-internal helpers get a plain sentence."""
    callback, args = handle._callback, handle._args
    name = getattr(callback, "__qualname__", None) or getattr(callback, "__name__", None) or repr(callback)
    if name.endswith("_set_result_unless_cancelled"):
        return f"wake {args[0]._describe()}"
    if name.endswith("_run_until_complete_cb"):
        return f"stop the loop: {args[0]._describe()} is done"
    shown = [arg._describe() if isinstance(arg, Future) else reprlib.repr(arg) for arg in args]
    return f"{name.replace('.<locals>', '')}({', '.join(shown)})"


def _coro_name(task):
    return getattr(task.get_coro(), "__qualname__", "?")


def _why_resumed(task, started):
    if task not in started:
        return "start"
    waiter = task._fut_waiter
    if waiter is not None:
        source = waiter._describe()
        if waiter.cancelled():
            return f"CancelledError from {source}"
        if waiter._exception is not None:
            return f"{waiter._exception!r} from {source}"
        return f"result of {source}: {reprlib.repr(waiter._result)}"
    if task._must_cancel:
        return "CancelledError (cancel() was called)"
    if task._pending_exc is not None:
        return f"{task._pending_exc!r}"
    return "after bare yield"


def _why_suspended(task):
    waiter = task._fut_waiter
    if waiter is not None:
        return waiter._describe()
    return "bare yield"


def _outcome(task):
    if task.cancelled():
        return {"outcome": "cancelled", "detail": None}
    if task._exception is not None:
        return {"outcome": "exception", "detail": repr(task._exception)}
    return {"outcome": "result", "detail": reprlib.repr(task._result)}


# ---------------------------------------------------------------------- rendering

_LANE_WIDTH = 30
_TIME_WIDTH = 9


def _runner_bookkeeping():
    """Coroutines asyncio.run itself runs as tasks after main ends: noise in a learner's timeline."""
    from .loop import BaseLoop

    return {BaseLoop.shutdown_asyncgens.__qualname__, BaseLoop.shutdown_default_executor.__qualname__}


def render_timeline(events, lane_width=_LANE_WIDTH):
    """A text timeline: time on the left, one column per task, then the loop's callbacks.

    The tasks asyncio.run starts for its own clean-up are left out (they are in the JSON lines).
    """
    bookkeeping = _runner_bookkeeping()
    hidden = {event["task_id"]: event["task"] for event in events
              if event["event"] == "task_created" and event.get("coro") in bookkeeping}
    their_stops = {f"stop the loop: {name} is done" for name in hidden.values()}
    events = [event for event in events
              if event.get("task_id") not in hidden and event.get("callback") not in their_stops]
    titles = {}  # lane key -> title, in order of appearance
    for event in events:
        if "task_id" in event:
            coro = event.get("coro") or titles.get(event["task_id"], (None, None))[1]
            titles[event["task_id"]] = (event["task"], coro)
    columns = list(titles) + ["loop"]
    headers = {key: f"{name} ({coro})" if coro else name for key, (name, coro) in titles.items()}
    headers["loop"] = "loop: timers, I/O, callbacks"

    def row(time_text, column, lines):
        out = []
        for line_no, line in enumerate(lines):
            parts = [(time_text if line_no == 0 else "").rjust(_TIME_WIDTH)]
            for key in columns:
                parts.append((line if key == column else "").ljust(lane_width))
            out.append(" | ".join(parts).rstrip())
        return out

    output = [" | ".join(["t".rjust(_TIME_WIDTH)]
                         + [_clip(headers[key], lane_width).ljust(lane_width) for key in columns]).rstrip(),
              "-+-".join(["-" * _TIME_WIDTH] + ["-" * lane_width] * len(columns))]
    last_time = None
    for event in events:
        column = event.get("task_id", "loop")
        lines = []
        for text in _cell_lines(event):
            lines += textwrap.wrap(text, lane_width, subsequent_indent="  ") or [""]
        time_text = f"{event['t']:g}" if event["t"] != last_time else ""
        last_time = event["t"]
        output += row(time_text, column, lines)
    return "\n".join(output) + "\n"


def _cell_lines(event):
    kind = event["event"]
    if kind == "task_created":
        return [f"created by {event['by']}" if event["by"] else "created"]
    if kind == "step":
        lines = [f"> {event['resumed']}"]
        if event["suspended"] is not None:
            lines.append(f"  waits: {event['suspended']}")
        return lines
    if kind == "task_done":
        detail = f" {event['detail']}" if event["detail"] is not None else ""
        return [f"= {event['outcome']}{detail}"]
    if kind == "timer":
        return [f"timer: {event['callback']}"]
    if kind == "io":
        return [f"fd {event['fd']} ready to {event['ready']}"]
    if kind == "callback":
        return [f"call {event['callback']}"]
    if kind == "deadlock":
        return ["DEADLOCK"] + event["report"].splitlines()[1:]
    return [json.dumps(event)]


def _clip(text, width):
    return text if len(text) <= width else text[: width - 1] + "~"
