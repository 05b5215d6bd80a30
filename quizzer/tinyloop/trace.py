"""Recording what the loop does, to show a learner *why* the lines print in that order.

asyncio has no counterpart.  ``enable()`` gives every loop created afterwards (by
``new_event_loop()`` / ``asyncio.run``) a recording *instrument* (see ``loop.Instrument``): the
loop tells it what it does, in the one iteration it always runs, so recording cannot change what
a program does.  ``count()`` gives them an instrument that only counts (``last_run_stats()``).
A loop without an instrument pays one test per iteration and nothing per callback.

Each event is a JSON-able dict with ``t`` (virtual time), ``event``, and the loop's state just
after it: ``ready_queue`` (the entries in the order they will run: ``label``, and ``task_id`` for a
task's next step) and ``timers`` (``[deadline, callback]``, earliest first), the first
``SNAPSHOT_LIMIT`` of each, with ``ready_more`` / ``timers_more`` counting the others if any.  Program lines
(``line``, ``stack``) are lines of the ``__main__`` file, null or [] elsewhere.

* ``task_created``: ``task``, ``coro``, ``by`` (the task that created it, or null), ``line`` (where
  it was created), ``stack`` (where its coroutine starts);
* ``resume``: a task's step begins: ``task``, ``resumed`` (why it runs: "start", "result of
  Task-2: 5", "woken by Queue.get()", "CancelledError from sleep(1) ...", "after bare yield", ...),
  ``stack`` (the lines it resumes at, outermost coroutine first);
* ``output``: the program wrote ``text`` on ``stream`` ("stdout" / "stderr") at ``line``, in
  ``task`` if one was running (a print() is one event);
* ``step``: the step ended: ``task``, ``resumed``, ``suspended`` (what it waits on now: a future's
  label, "bare yield", or null when the step finished the task), ``stack`` (where it is suspended,
  or where it raised), ``scheduled`` (the entries it put at the end of the ready queue);
* ``task_done``: ``task``, ``outcome`` ("result" / "exception" / "cancelled"), ``detail``;
* ``timer``: a timer came due (``callback``, ``when``); ``io``: an fd became ready (``fd``,
  ``ready``); ``signal``: signals came through the self-pipe (``signals``: their names); ``callback``: a callback ran (``callback``, ``timer``: whether it was a timer's,
  ``line`` of its definition, ``scheduled``);
* ``deadlock``: ``report``.

**Lanes of threads and child processes.**  Events of a worker thread or a child process carry
``lane`` instead of ``task``: ``"thread N"`` (an executor job, or a thread of the program once it
hands the loop a callback) or ``"subprocess N"``, numbered in the order the loop meets them (a
thread's ident or a child's pid would differ from run to run).

* ``thread_submitted`` (``lane``, ``func``, ``call``, ``by``, ``line``): ``run_in_executor`` or
  ``to_thread`` submitted a job; ``thread_started``; ``thread_finished`` (``outcome``, ``detail``);
  ``output`` printed by the job (in its lane);
* ``thread_call`` (``lane``, ``callback``): the loop took a callback a thread handed over with
  ``call_soon_threadsafe`` (a job's outcome, a ``time.sleep`` timer, ``run_coroutine_threadsafe``);
  ``lane`` is null when the loop's own thread called it;
* ``process_started`` (``lane``, ``command``, ``program``, ``shell``); ``pipe_read`` /
  ``pipe_written`` (``pipe``: "stdout", "stderr" / "stdin", ``size`` in bytes); ``pipe_closed``
  (``pipe``); ``process_exited`` (``returncode``: the loop saw the exit and reaped the child);
  ``process_finished`` (``returncode``: the exit reached the transport and every pipe is closed).

A thread's own events (started, finished, what it printed) are recorded in the loop's thread when
the thread next hands it something, with the virtual time they happened at: while a thread works
the clock does not jump (threads.py), so a thread working alone lands among the loop's events at
the same place in every run, whatever the OS's scheduling.  Threads at work at the same moment
hand over in the order the OS runs them, and the loop may take their hand-overs in one iteration
or in several (a race of real threads, as under asyncio): how their lanes interleave may change
from run to run, not what happens in each lane nor when.  A child runs on the real clock
(loop.py): its events' times, and the chunks its output is read in, may differ from run to run.

``render_timeline(events)`` draws one lane (column) per task, then one per thread and child
process, then one for the loop's own callbacks; ``to_json_lines(events)`` gives one JSON object
per line.
"""

import contextvars
import functools
import heapq
import itertools
import json
import os
import reprlib
import shlex
import signal
import sys
import textwrap
import threading
import weakref

from . import loop as loop_module
from . import threads as threads_module
from .events import _get_running_loop
from .futures import Future, describe
from .handles import TimerHandle
from .loop import BaseLoop, Instrument
from .tasks import Task
from .threads import ExecutorLoop, is_joiner

_events = None  # the list being recorded into, while tracing is enabled
SNAPSHOT_LIMIT = 20  # ready-queue entries and timers listed per event (the others are counted)
# Worker threads running an executor job a recorder follows -> (that recorder, its loop): what they
# print goes to the job's lane.
_job_threads = weakref.WeakKeyDictionary()


def enable():
    """Record every loop created from now on (the event list starts empty); count as ``count()``."""
    global _events
    _events = []
    loop_module.instrument_new_loops(_Recorder)
    _unhook_output()
    _hook_output()


def count():
    """Count tasks, steps and callbacks of every loop created from now on (``last_run_stats()``),
    without recording events."""
    loop_module.instrument_new_loops(_Counter)


def disable():
    """Loops created from now on are neither recorded nor counted."""
    global _events
    _events = None
    loop_module.instrument_new_loops(None)
    _unhook_output()


def events():
    """The events recorded since enable() (an empty list when tracing is off)."""
    return list(_events or ())


def to_json_lines(events):
    return "".join(json.dumps(event, sort_keys=True) + "\n" for event in events)


# ---------------------------------------------------------------------- recording

# Coroutines asyncio.run itself runs as tasks after main ends: not the program's tasks, and noise
# in a learner's timeline.
_RUNNER_BOOKKEEPING = frozenset({BaseLoop.shutdown_asyncgens.__qualname__,
                                 ExecutorLoop.shutdown_default_executor.__qualname__})

class _Counter(Instrument):
    """Counts what a loop runs: the figures of ``last_run_stats()``."""

    def __init__(self, loop):
        self._tasks = 0           # created by loop.create_task for the program
        self._clean_up_tasks = 0  # created by asyncio.run for its clean-up, once the program is done
        self._steps = 0           # task steps run
        self._callbacks = 0       # plain callbacks run (cancelled ones are skipped, not run)

    def task_created(self, loop, task):
        if _coro_name(task) in _RUNNER_BOOKKEEPING:
            self._clean_up_tasks += 1
        else:
            self._tasks += 1

    def before_run(self, loop, entry):
        if isinstance(entry, Task):
            self._steps += 1
        elif not entry._cancelled:
            self._callbacks += 1

    def counts(self):
        return {"tasks": self._tasks, "clean_up_tasks": self._clean_up_tasks, "steps": self._steps,
                "callbacks": self._callbacks}


class _Recorder(_Counter):
    """Records the loop's decisions as events (see the module docstring); counts too."""

    def __init__(self, loop):
        super().__init__(loop)
        self._started = weakref.WeakSet()  # tasks that have had their first step
        self._resumed = None               # why the task whose step is running was resumed
        self._queued = 0                   # the ready queue's length when the running entry started
        self._callback = None              # (text, is a timer's, definition line) of the running callback
        self._labels = weakref.WeakKeyDictionary()  # handle -> its text, made once (its callback never changes)
        self._timers_key = None            # what the timer heap looked like when last listed
        self._timers_shown = []            # that listing, and how many timers it left out
        self._timers_more = 0
        self._lanes_made = {}              # "thread" / "subprocess" -> how many have a lane so far
        self._children = weakref.WeakKeyDictionary()  # child process (its transport) -> its lane
        # Written by other threads too, so under a lock of their own.
        self._threads_lock = threading.Lock()
        self._loop_thread = threading.current_thread()  # the thread running the loop (seen each iteration)
        self._thread_lanes = {}            # thread -> the lane of its calls (its job's, or its own)
        self._job_lanes = weakref.WeakKeyDictionary()  # job (concurrent Future) -> its lane, until it hands over
        self._from_threads = {}            # handle from call_soon_threadsafe -> (thread or None, its lane or None)
        self._waiting = {}                 # lane -> events of its thread, recorded at its next hand-over

    def _record(self, loop, event, **fields):
        if _events is not None:
            _events.append({"t": loop.time(), "event": event, **fields, **self.snapshot(loop)})

    def snapshot(self, loop):
        """The loop's state as a learner reads it: what runs next, in order, and the timers pending,
        the first SNAPSHOT_LIMIT of each (``ready_more`` / ``timers_more`` count the rest), so that
        a program of a thousand tasks costs per event what one of ten does."""
        ready = loop._ready
        shown = _queue_texts(itertools.islice(ready, SNAPSHOT_LIMIT), self._labels)
        state = {"ready_queue": shown}
        if len(ready) > SNAPSHOT_LIMIT:
            state["ready_more"] = len(ready) - SNAPSHOT_LIMIT
        timers = loop._timers
        key = (len(timers), loop._cancelled_timers, id(timers[0]) if timers else None)
        if key != self._timers_key:  # the heap changed since the last event: list it again
            live = [timer for timer in timers if not timer._cancelled]
            self._timers_key = key
            self._timers_shown = [[timer._when, _handle_label(timer, self._labels)]
                                  for timer in heapq.nsmallest(SNAPSHOT_LIMIT, live, key=_heap_order)]
            self._timers_more = max(0, len(live) - SNAPSHOT_LIMIT)
        state["timers"] = list(self._timers_shown)
        if self._timers_more:
            state["timers_more"] = self._timers_more
        return state


    def task_created(self, loop, task):
        super().task_created(loop, task)
        creator = loop._current_task
        self._record(loop, "task_created", task=task.get_name(), task_id=task._creation_index,
                     coro=_coro_name(task),
                     by=creator.get_name() if creator is not None else None,
                     line=_calling_line(), stack=_await_lines(task.get_coro()))

    def came_due(self, loop, entries):
        self._loop_thread = threading.current_thread()
        for handle in entries:
            with self._threads_lock:
                handed_over = self._from_threads.pop(handle, None)
            if handed_over is not None:
                self._record_hand_over(loop, handle, *handed_over)
            elif isinstance(handle, TimerHandle):
                self._record(loop, "timer", callback=_callback_text(handle), when=handle._when)
            elif handle._callback == loop._deliver_signals:
                self._record(loop, "signal", signals=_signal_names(handle._args[0]))
            else:
                self._record(loop, "io", **_describe_io(loop, handle))

    def deadlocked(self, loop, error):
        self._record(loop, "deadlock", report=str(error))

    # -- worker threads (see "Lanes of threads and child processes" in the module docstring)

    def _new_lane(self, kind):
        """"thread 1", "subprocess 1", ...: numbered in the order the loop meets them, which the
        program decides (a thread's ident, a child's pid would differ from run to run)."""
        number = self._lanes_made[kind] = self._lanes_made.get(kind, 0) + 1
        return f"{kind} {number}"

    def job_submitted(self, loop, func, args):
        lane = self._new_lane("thread")
        func, args, kwargs = _unwrap_job(func, args)
        task = loop._current_task
        shown = [reprlib.repr(arg) for arg in args] + [f"{key}={reprlib.repr(value)}" for key, value in kwargs.items()]
        self._record(loop, "thread_submitted", lane=lane, func=_callable_name(func),
                     call=f"{_callable_name(func)}({', '.join(shown)})",
                     by=task.get_name() if task is not None else None, line=_calling_line())
        return lane

    def job_queued(self, loop, job, future):
        with self._threads_lock:
            self._job_lanes[future] = job

    def job_started(self, loop, job):
        thread = threading.current_thread()
        _job_threads[thread] = (self, loop)
        with self._threads_lock:
            self._thread_lanes[thread] = job
        self._record_later(job, {"t": loop.time(), "event": "thread_started", "lane": job})

    def job_finished(self, loop, job, result=None, error=None):
        outcome = ({"outcome": "exception", "detail": repr(error)} if error is not None
                   else {"outcome": "result", "detail": reprlib.repr(result)})
        self._record_later(job, {"t": loop.time(), "event": "thread_finished", "lane": job, **outcome})

    def called_from_thread(self, loop, handle):
        thread = threading.current_thread()
        # A task's next step too, when the thread completed a future the task awaits (BaseLoop.call_soon).
        job = handle._args[0] if getattr(handle, "_callback", None) is threads_module._copy_outcome else None
        with self._threads_lock:
            if job is not None and job in self._job_lanes:
                # A job's outcome: its lane, whichever thread hands it over (the loop's own, when
                # the job ended before run_in_executor returned or was cancelled before it started).
                handed_over = (thread, self._job_lanes.pop(job))
            elif is_joiner(thread):
                handed_over = (_CLEAN_UP, None)  # asyncio.run's clean-up: not shown
            elif thread is self._loop_thread:
                handed_over = (None, None)  # the loop's own thread: the loop's lane
            else:
                handed_over = (thread, self._thread_lanes.get(thread))
            self._from_threads[handle] = handed_over

    def thread_output(self, thread, stream, text, time):
        """What a worker thread printed: in its lane, when the loop hears from it next."""
        with self._threads_lock:
            lane = self._thread_lanes[thread]
            waiting = self._waiting.setdefault(lane, [])
            last = waiting[-1] if waiting else None
            if (last is not None and last["event"] == "output" and last["stream"] == stream
                    and not last["text"].endswith("\n")):
                last["text"] += text
                return
            waiting.append({"t": time, "event": "output", "lane": lane, "stream": stream, "text": text,
                            "line": _calling_line()})

    def _record_later(self, lane, event):
        """An event of a thread, recorded in the loop's thread when the thread hands something over:
        so its place among the loop's events does not depend on how the threads were scheduled."""
        with self._threads_lock:
            self._waiting.setdefault(lane, []).append(event)

    def _record_hand_over(self, loop, handle, thread, lane, running=False):
        if thread is _CLEAN_UP:
            return
        if thread is not None and lane is None:  # a thread the program started: a lane when first heard from
            lane = self._new_lane("thread")
            with self._threads_lock:
                lane = self._thread_lanes.setdefault(thread, lane)
        with self._threads_lock:
            waiting = self._waiting.pop(lane, ())
        for event in waiting:
            if _events is not None:
                _events.append({**event, **self.snapshot(loop)})
        self._record(loop, "thread_call", lane=lane, callback=_callback_text(handle))
        if running and _events is not None:  # already taken off the ready queue: shown at its head, next to run
            event = _events[-1]
            event["ready_queue"][:0] = _queue_texts([handle], self._labels)
            if len(event["ready_queue"]) > SNAPSHOT_LIMIT:
                event["ready_queue"].pop()
                event["ready_more"] = event.get("ready_more", 0) + 1

    # -- child processes

    def process_started(self, loop, child, args, shell):
        lane = self._children[child] = self._new_lane("subprocess")
        if shell:
            command = os.fsdecode(args)
            program = "sh"
        else:
            argv = [os.fsdecode(arg) if isinstance(arg, (bytes, os.PathLike)) else str(arg) for arg in args]
            command = shlex.join(argv)
            program = os.path.basename(argv[0]) if argv else "?"
        self._record(loop, "process_started", lane=lane, command=command, shell=bool(shell), program=program)

    def pipe_read(self, loop, child, fd, size):
        self._record_child(loop, child, "pipe_read", pipe=_PIPE_NAMES[fd], size=size)

    def pipe_written(self, loop, pipe, size):
        for child in list(self._children):
            stdin = child._pipes.get(0)
            if stdin is not None and stdin.pipe is pipe:
                self._record_child(loop, child, "pipe_written", pipe="stdin", size=size)

    def pipe_closed(self, loop, child, fd):
        self._record_child(loop, child, "pipe_closed", pipe=_PIPE_NAMES[fd])

    def process_exited(self, loop, child, returncode):
        self._record_child(loop, child, "process_exited", returncode=returncode)

    def process_finished(self, loop, child, returncode):
        self._record_child(loop, child, "process_finished", returncode=returncode)

    def _record_child(self, loop, child, event, **fields):
        lane = self._children.get(child)
        if lane is not None:
            self._record(loop, event, lane=lane, **fields)

    def before_run(self, loop, entry):
        super().before_run(loop, entry)
        with self._threads_lock:
            handed_over = self._from_threads.pop(entry, None)
        if handed_over is not None:  # handed over in the loop's own thread: queued at once, seen as it runs
            self._record_hand_over(loop, entry, *handed_over, running=True)
        self._queued = len(loop._ready)
        if isinstance(entry, Task):
            self._resumed = _why_resumed(entry, self._started)
            self._started.add(entry)
            self._record(loop, "resume", task=entry.get_name(), task_id=entry._creation_index,
                         resumed=self._resumed, stack=_await_lines(entry.get_coro()))
        elif not entry._cancelled:
            # Described now: running may drop the callback's arguments.
            self._callback = (_callback_text(entry), isinstance(entry, TimerHandle), _definition_line(entry._callback))

    def after_run(self, loop, entry):
        scheduled = _queue_texts(itertools.islice(loop._ready, self._queued, None), self._labels)
        if not isinstance(entry, Task):
            if self._callback is not None:  # None: a cancelled handle, skipped
                text, timer, line = self._callback
                self._record(loop, "callback", callback=text, timer=timer, line=line, scheduled=scheduled)
            self._callback = None
            return
        ident = {"task": entry.get_name(), "task_id": entry._creation_index}
        if entry.done():
            self._record(loop, "step", **ident, resumed=self._resumed, suspended=None, scheduled=scheduled,
                         stack=_failure_lines(entry))
            self._record(loop, "task_done", **ident, **_outcome(entry))
        else:
            self._record(loop, "step", **ident, resumed=self._resumed, suspended=_why_suspended(entry),
                         scheduled=scheduled, stack=_await_lines(entry.get_coro()))


def _describe_io(loop, handle):
    for fd, (reader, writer) in loop._fd_watchers.items():
        if handle is reader:
            return {"fd": fd, "ready": "read"}
        if handle is writer:
            return {"fd": fd, "ready": "write"}
    return {"fd": None, "ready": "?"}


def _queue_texts(entries, labels):
    """Ready-queue entries that will run (a cancelled handle will not), as a learner reads them:
    a task's next step, or a callback (its text cached in ``labels``)."""
    texts = []
    for entry in entries:
        if isinstance(entry, Task):
            texts.append({"label": f"{entry.get_name()}: next step", "task_id": entry._creation_index})
        elif not entry._cancelled:
            texts.append({"label": _handle_label(entry, labels)})
    return texts


def _handle_label(handle, labels):
    label = labels.get(handle)
    if label is None:
        label = labels[handle] = _callback_text(handle)
    return label


def _heap_order(timer):
    return timer._sort_key


def _program_file():
    """The file the program runs as (``__main__``): only its lines are shown to a learner."""
    return getattr(sys.modules.get("__main__"), "__file__", None)


def _calling_line():
    """The line of the program that is running now (a create_task or print call), or None."""
    program = _program_file()
    frame = sys._getframe(1)
    while frame is not None:
        if frame.f_code.co_filename == program:
            return frame.f_lineno
        frame = frame.f_back
    return None


def _await_lines(coro):
    """Where a suspended task is, outermost coroutine first: one program line per awaiting
    coroutine (library coroutines are left out)."""
    program = _program_file()
    lines = []
    while coro is not None:
        frame = getattr(coro, "cr_frame", None) or getattr(coro, "gi_frame", None)
        if frame is not None and frame.f_code.co_filename == program:
            lines.append(frame.f_lineno)
        coro = getattr(coro, "cr_await", None) or getattr(coro, "gi_yieldfrom", None)
    return lines


def _failure_lines(task):
    """Where a task that raised was, from its exception's traceback; [] for other endings."""
    error = None if task.cancelled() else task._exception
    if error is None:
        return []
    program = _program_file()
    lines, tb = [], error.__traceback__
    while tb is not None:
        if tb.tb_frame.f_code.co_filename == program:
            lines.append(tb.tb_lineno)
        tb = tb.tb_next
    return lines


def _definition_line(callback):
    while isinstance(callback, functools.partial):
        callback = callback.func
    code = getattr(callback, "__code__", None) or getattr(getattr(callback, "__func__", None), "__code__", None)
    return code.co_firstlineno if code is not None and code.co_filename == _program_file() else None


# ---------------------------------------------------------------------- output

_hooked_streams = []  # sys.stdout / sys.stderr objects whose write() enable() wrapped


def _hook_output():
    for name in ("stdout", "stderr"):
        stream = getattr(sys, name)
        original = stream.write

        def write(text, _original=original, _name=name):
            written = _original(text)
            _record_output(_name, text)
            return written
        try:
            stream.write = write  # on the instance: type(sys.stdout) stays what the program expects
        except (AttributeError, TypeError):
            continue
        _hooked_streams.append(stream)


def _unhook_output():
    while _hooked_streams:
        stream = _hooked_streams.pop()
        try:
            del stream.write
        except AttributeError:
            pass


def _record_output(stream, text):
    if _events is None or not isinstance(text, str) or not text:
        return
    thread = threading.current_thread()
    followed = _job_threads.get(thread)
    if followed is not None:  # a worker thread running a job: the job's lane
        recorder, job_loop = followed
        recorder.thread_output(thread, stream, text, job_loop.time())
        return
    loop = _get_running_loop()
    recording = loop is not None and isinstance(loop._instrument, _Recorder)
    task = loop._current_task if recording else None
    task_id = task._creation_index if task is not None else None
    last = _events[-1] if _events else None
    if (last is not None and last["event"] == "output" and last["stream"] == stream
            and last.get("task_id") == task_id and not last["text"].endswith("\n")):
        last["text"] += text  # print() writes its pieces one by one: one event per line
        return
    event = {"t": loop.time() if recording else (last["t"] if last else 0.0), "event": "output",
             "stream": stream, "text": text, "line": _calling_line()}
    if task is not None:
        event.update(task=task.get_name(), task_id=task_id)
    event.update(loop._instrument.snapshot(loop) if recording else {"ready_queue": [], "timers": []})
    _events.append(event)


_PIPE_NAMES = {0: "stdin", 1: "stdout", 2: "stderr"}
_CLEAN_UP = "asyncio.run's clean-up"  # who handed a callback over, when the trace leaves it out


def _unwrap_job(func, args):
    """``(func, args, kwargs)`` of an executor job as the program wrote it: ``to_thread`` submits
    ``partial(context.run, func, *args, **kwargs)``."""
    kwargs = {}
    while isinstance(func, functools.partial):
        args = (*func.args, *args)
        kwargs = {**func.keywords, **kwargs}
        func = func.func
    if isinstance(getattr(func, "__self__", None), contextvars.Context) and args:
        func, args = args[0], args[1:]
    return func, args, kwargs


def _callable_name(func):
    while isinstance(func, functools.partial):
        func = func.func
    name = getattr(func, "__qualname__", None) or getattr(func, "__name__", None) or type(func).__name__
    return name.replace(".<locals>", "")


# The threads module's own callbacks, as a learner reads them.
_THREAD_CALLBACKS = {
    "_copy_outcome": lambda args: f"pass the job's outcome to {args[1]._describe()}",
    "_set_wake_up_timer": lambda args: f"{args[1].what} in a thread: set a timer to wake it",
    "_wake_up": lambda args: "wake a thread from time.sleep()",
    "run_coroutine_threadsafe.<locals>.start": lambda args: "run_coroutine_threadsafe: start the coroutine as a task",
}


def _callback_text(handle):
    """A callback as a learner wants to read it: loop-internal helpers get a plain sentence."""
    if isinstance(handle, Task):  # woken by a thread that completed the future it awaits
        return f"{handle.get_name()}: next step"
    if handle._cancelled:  # a thread cancelled what it handed over: it has neither callback nor arguments now
        return "a cancelled callback"
    callback, args = handle._callback, handle._args
    name = getattr(callback, "__qualname__", None) or getattr(callback, "__name__", None) or repr(callback)
    if name.endswith("_set_result_unless_cancelled"):
        return f"wake {args[0]._describe()}"
    if name.endswith("_run_until_complete_cb"):
        return f"stop the loop: {args[0]._describe()} is done"
    if name.endswith("_deliver_signals"):
        return f"queue the handlers of {_signal_names(args[0])}"
    if getattr(callback, "__module__", None) == threads_module.__name__ and name in _THREAD_CALLBACKS:
        return _THREAD_CALLBACKS[name](args)
    shown = [arg._describe() if isinstance(arg, Future) else reprlib.repr(arg) for arg in args]
    return f"{name.replace('.<locals>', '')}({', '.join(shown)})"


def _signal_names(numbers):
    """The signals whose numbers the self-pipe held, by name (SIGUSR1, SIGINT)."""
    return ", ".join(_signal_name(number) for number in numbers)


def _signal_name(number):
    try:
        return signal.Signals(number).name
    except ValueError:
        return f"signal {number}"


def _coro_name(task):
    return getattr(task.get_coro(), "__qualname__", "?")


def _why_resumed(task, started):
    if task not in started:
        return "start"
    waiter = task._fut_waiter
    if waiter is not None and not isinstance(waiter, Future):
        return f"woken by {describe(waiter)}"  # one of the program's future-like objects
    if waiter is not None:
        source = waiter._describe()
        if waiter.cancelled():
            return f"CancelledError from {source}"
        if waiter._exception is not None:
            return f"{waiter._exception!r} from {source}"
        if "_label" in waiter.__dict__:
            # A library's internal waiter (sleep, Queue.get(), Lock.acquire(), ...): its result is
            # a wake-up signal, not the value the program's await returns.
            return f"woken by {source}"
        return f"result of {source}: {reprlib.repr(waiter._result)}"
    if task._must_cancel:
        return "CancelledError (cancel() was called)"
    if task._pending_exc is not None:
        return f"{task._pending_exc!r}"
    return "after bare yield"


def _why_suspended(task):
    waiter = task._fut_waiter
    if waiter is not None:
        return describe(waiter)
    return "bare yield"


def _outcome(task):
    if task.cancelled():
        return {"outcome": "cancelled", "detail": None}
    if task._exception is not None:
        return {"outcome": "exception", "detail": repr(task._exception)}
    return {"outcome": "result", "detail": reprlib.repr(task._result)}


# ---------------------------------------------------------------------- rendering

_LANE_WIDTH = 30      # a lane's width when the caller gives no total width, and the widest lane
_NARROWEST_LANE = 12  # below this, lanes side by side are unreadable: events are listed one under another
_TIME_WIDTH = 9


def learner_events(events):
    """The events without those of the tasks asyncio.run starts for its own clean-up."""
    hidden = {event["task_id"]: event["task"] for event in events
              if event["event"] == "task_created" and event.get("coro") in _RUNNER_BOOKKEEPING}
    their_stops = {f"stop the loop: {name} is done" for name in hidden.values()}
    return [event for event in events
            if event.get("task_id") not in hidden and event.get("callback") not in their_stops]


def render_timeline(events, width=None):
    """A text timeline: time on the left, one column (lane) per task, then the loop's callbacks.

    With ``width``, no line is wider: lanes narrow to fit (their text wraps), and when there are
    too many tasks for lanes of a readable width, the events are listed one under another, each
    named by its lane.  The tasks asyncio.run starts for its own clean-up are left out (they are
    in the JSON lines).
    """
    events = learner_events(events)
    titles = {}  # lane key -> title, in order of appearance
    for event in events:
        if "task_id" in event:
            coro = event.get("coro") or titles.get(event["task_id"], (None, None))[1]
            titles[event["task_id"]] = (event["task"], coro)
    others = other_lanes(events)
    columns = list(titles) + list(others) + ["loop"]
    headers = {key: f"{name} ({coro})" if coro else name for key, (name, coro) in titles.items()}
    headers.update(others)
    headers["loop"] = "loop: timers, I/O, callbacks"
    lane_width = _LANE_WIDTH
    if width is not None:
        lane_width = min(_LANE_WIDTH, (width - _TIME_WIDTH) // len(columns) - 3)
        if lane_width < _NARROWEST_LANE:
            return _render_list(events, headers, width)
    output = [" | ".join(["t".rjust(_TIME_WIDTH)]
                         + [_clip(headers[key], lane_width).ljust(lane_width) for key in columns]).rstrip(),
              "-+-".join(["-" * _TIME_WIDTH] + ["-" * lane_width] * len(columns))]
    for time_text, event, lines in _rows(events, lane_width):
        column = _lane(event)
        for line_no, line in enumerate(lines):
            parts = [(time_text if line_no == 0 else "").rjust(_TIME_WIDTH)]
            parts += [(line if key == column else "").ljust(lane_width) for key in columns]
            output.append(" | ".join(parts).rstrip())
    return "\n".join(output) + "\n"


def _render_list(events, headers, width):
    """The timeline for a narrow terminal: one event under another, each named by its lane."""
    text_width = width - _TIME_WIDTH - 3
    output = [f"{'t'.rjust(_TIME_WIDTH)} | {_clip('lane: event', text_width)}",
              "-" * _TIME_WIDTH + "-+-" + "-" * text_width]
    for time_text, _, lines in _rows(events, text_width, lambda event, text: f"{headers[_lane(event)]}: {text.lstrip()}"):
        for line_no, line in enumerate(lines):
            output.append(f"{(time_text if line_no == 0 else '').rjust(_TIME_WIDTH)} | {line}".rstrip())
    return "\n".join(output) + "\n"


def _lane(event):
    if "task_id" in event:
        return event["task_id"]
    return event.get("lane") or "loop"


def other_lanes(events):
    """The lanes of worker threads and child processes, in order of appearance: lane -> its title
    ("thread 1 (blocking_io)", "subprocess 1 (ls)", "thread 2 (started by the program)")."""
    titles = {}
    for event in events:
        lane = event.get("lane")
        if lane is None or "task_id" in event or lane in titles:
            continue
        if event["event"] == "thread_submitted":
            titles[lane] = f"{lane} ({event.get('func')})"
        elif event["event"] == "process_started":
            titles[lane] = f"{lane} ({event.get('program')})"
        else:
            titles[lane] = f"{lane} (started by the program)"
    return titles


def _rows(events, text_width, label=None):
    """(time shown, event, its lines wrapped to text_width) for the events the timeline shows."""
    last_time = None
    for event in events:
        lines = []
        for text in cell_lines(event):
            text = label(event, text) if label else text
            lines += textwrap.wrap(text, text_width, subsequent_indent="  ") or [""]
        if not lines:
            continue
        yield (f"{event['t']:g}" if event["t"] != last_time else ""), event, lines
        last_time = event["t"]


def cell_lines(event):
    """What the timeline shows for one event, one string per line ([] for events it leaves out)."""
    kind = event["event"]
    if kind == "task_created":
        return [f"created by {event['by']}" if event["by"] else "created"]
    if kind == "resume":
        return [f"> {event['resumed']}"]
    if kind == "step":
        return [f"  waits: {event['suspended']}"] if event["suspended"] is not None else []
    if kind == "task_done":
        detail = f" {event['detail']}" if event["detail"] is not None else ""
        return [f"= {event['outcome']}{detail}"]
    if kind == "timer":
        return [f"timer: {event['callback']}"]
    if kind == "io":
        return [f"fd {event['fd']} ready to {event['ready']}"]
    if kind == "signal":
        return [f"signal: {event['signals']} (self-pipe)"]
    if kind == "callback":
        return [] if event.get("timer") else [f"call {event['callback']}"]
    if kind == "output":
        return [f"{'print' if event['stream'] == 'stdout' else 'stderr'}: {line}"
                for line in event["text"].rstrip("\n").split("\n")]
    if kind == "deadlock":
        return ["DEADLOCK"] + event["report"].splitlines()[1:]
    lines = _lane_cell_lines(kind, event)
    return lines if lines is not None else [json.dumps(event)]


def _lane_cell_lines(kind, event):
    """The cells of worker threads' and child processes' events (None for another kind)."""
    if kind == "thread_submitted":
        by = f" by {event['by']}" if event["by"] else ""
        return [f"submitted{by}: {event['call']}"]
    if kind == "thread_started":
        return ["> starts in a worker thread"]
    if kind == "thread_finished":
        return [f"= {event['outcome']} {event['detail']}"]
    if kind == "thread_call":
        return [f"call_soon_threadsafe: {event['callback']}"]
    if kind == "process_started":
        return [f"started: {event['command']}"]
    if kind == "pipe_read":
        return [f"{event['size']} bytes read from its {event['pipe']}"]
    if kind == "pipe_written":
        return [f"{event['size']} bytes written to its {event['pipe']}"]
    if kind == "pipe_closed":
        return [f"its {event['pipe']} is closed"]
    if kind == "process_exited":
        return [f"exited ({event['returncode']}): the loop reaps it"]
    if kind == "process_finished":
        return [f"= returncode {event['returncode']}: exit seen, pipes closed"]
    return None


def _clip(text, width):
    return text if len(text) <= width else text[: width - 1] + "~"
