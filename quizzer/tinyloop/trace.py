"""Recording what the loop does, to show a learner *why* the lines print in that order.

asyncio has no counterpart.  ``enable()`` gives every loop created afterwards (by
``new_event_loop()`` / ``asyncio.run``) a recording *instrument* (see ``loop.Instrument``): the
loop tells it what it does, in the one iteration it always runs, so recording cannot change what
a program does.  ``count()`` gives them an instrument that only counts (``last_run_stats()``).
A loop without an instrument pays one test per iteration and nothing per callback.

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
import weakref

from . import loop as loop_module
from .futures import Future
from .handles import TimerHandle
from .loop import BaseLoop, Instrument
from .tasks import Task

_events = None  # the list being recorded into, while tracing is enabled


def enable():
    """Record every loop created from now on (the event list starts empty); count as ``count()``."""
    global _events
    _events = []
    loop_module.instrument_new_loops(_Recorder)


def count():
    """Count tasks, steps and callbacks of every loop created from now on (``last_run_stats()``),
    without recording events."""
    loop_module.instrument_new_loops(_Counter)


def disable():
    """Loops created from now on are neither recorded nor counted."""
    global _events
    _events = None
    loop_module.instrument_new_loops(None)


def events():
    """The events recorded since enable() (an empty list when tracing is off)."""
    return list(_events or ())


def to_json_lines(events):
    return "".join(json.dumps(event, sort_keys=True) + "\n" for event in events)


# ---------------------------------------------------------------------- recording

class _Counter(Instrument):
    """Counts what a loop runs: the figures of ``last_run_stats()``."""

    def __init__(self, loop):
        self._tasks = 0       # created by loop.create_task (asyncio.run's own two included)
        self._steps = 0       # task steps run
        self._callbacks = 0   # plain callbacks run (cancelled ones are skipped, not run)

    def task_created(self, loop, task):
        self._tasks += 1

    def before_run(self, loop, entry):
        if isinstance(entry, Task):
            self._steps += 1
        elif not entry._cancelled:
            self._callbacks += 1

    def counts(self):
        return {"tasks": self._tasks, "steps": self._steps, "callbacks": self._callbacks}


class _Recorder(_Counter):
    """Records the loop's decisions as events (see the module docstring); counts too."""

    def __init__(self, loop):
        super().__init__(loop)
        self._started = weakref.WeakSet()  # tasks that have had their first step
        self._resumed = None               # why the task whose step is running was resumed

    def _record(self, loop, event, **fields):
        if _events is not None:
            _events.append({"t": loop.time(), "event": event, **fields})

    def task_created(self, loop, task):
        super().task_created(loop, task)
        creator = loop._current_task
        self._record(loop, "task_created", task=task.get_name(), task_id=task._creation_index,
                     coro=_coro_name(task),
                     by=creator.get_name() if creator is not None else None)

    def came_due(self, loop, entries):
        for handle in entries:
            if isinstance(handle, TimerHandle):
                self._record(loop, "timer", callback=_callback_text(handle), when=handle._when)
            else:
                self._record(loop, "io", **_describe_io(loop, handle))

    def deadlocked(self, loop, error):
        self._record(loop, "deadlock", report=str(error))

    def before_run(self, loop, entry):
        super().before_run(loop, entry)
        if isinstance(entry, Task):
            self._resumed = _why_resumed(entry, self._started)
            self._started.add(entry)
        elif not entry._cancelled and not isinstance(entry, TimerHandle):  # timers: logged when due
            self._record(loop, "callback", callback=_callback_text(entry))

    def after_run(self, loop, task):
        if not isinstance(task, Task):
            return
        ident = {"task": task.get_name(), "task_id": task._creation_index}
        if task.done():
            self._record(loop, "step", **ident, resumed=self._resumed, suspended=None)
            self._record(loop, "task_done", **ident, **_outcome(task))
        else:
            self._record(loop, "step", **ident, resumed=self._resumed, suspended=_why_suspended(task))


def _describe_io(loop, handle):
    for fd, (reader, writer) in loop._fd_watchers.items():
        if handle is reader:
            return {"fd": fd, "ready": "read"}
        if handle is writer:
            return {"fd": fd, "ready": "write"}
    return {"fd": None, "ready": "?"}


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
