"""``Task``: drives a coroutine one step at a time (asyncio's ``tasks.Task``), plus ``sleep``,
``create_task``, ``ensure_future``, ``current_task`` and ``all_tasks``.

A coroutine cannot run by itself.  A task *steps* it: ``coro.send(None)`` (or ``coro.throw(exc)``)
runs it until its next suspension point, where it yields one of:

* ``None`` — a bare yield (``await asyncio.sleep(0)``): "let the others run"; the task puts itself
  back at the end of the ready queue, so it continues in the next loop iteration;
* a pending ``Future`` (``await future``): the task sleeps until the future is done, then it is
  woken through the ready queue and the future's result is sent (or its exception thrown) in.

When the coroutine returns, the task (itself a Future) gets its result and its done callbacks are
scheduled.  A new task's first step is scheduled at creation, at the end of the ready queue.

Cancellation (``task.cancel(msg)``) is a *request*: if the task waits on a future, that future is
cancelled, which wakes the task with a CancelledError at its next step; otherwise the next step
throws CancelledError into the coroutine.  The coroutine may catch it.

From 3.12 a task can start *eagerly* (``eager_start=True``, which ``asyncio.eager_task_factory``
passes): its first step runs inside its creation, in the creator's step, with the new task as the
current task; a coroutine that finishes there gives a task that is done before ``create_task``
returns.  The other differences between versions are small and marked where they are
(``versions.py`` lists them all).

tinyloop detail: asyncio schedules a task's steps as ``Handle(task.__step)`` and its wake-ups as
done callbacks ``task.__wakeup``.  tinyloop puts **the task itself** in the ready queue instead:
``Task._run()`` is its turn, and the future it waited on (``_fut_waiter``, which asyncio too keeps
until the step runs) says whether this is a wake-up.  Same order, one allocation less per step.
"""

import collections.abc
import functools
import itertools
import math
import operator
import types
import weakref
from contextvars import copy_context
from types import CoroutineType, GenericAlias

from . import events, exceptions, futures
from .futures import _CANCELLED, _PENDING, Future, _init_future, hold_run_frames
from .versions import active, since

_NOT_GIVEN = object()  # a keyword argument the modelled version may not have

_coroutine_send = CoroutineType.send

# asyncio numbers unnamed tasks Task-1, Task-2, ... from one process-wide counter.
_task_name_counter = itertools.count(1).__next__
# Every task's creation number, process-wide: how a trace tells tasks apart (names may repeat).
_task_creation_counter = itertools.count().__next__

# The states of a task.  While it is pending (``_state`` is _PENDING) it is in exactly one of:
#
# - scheduled: it sits in its loop's ready queue, once.  ``_fut_waiter`` is None (a first step,
#   a step after a bare yield or after a misused yield, ``_pending_exc`` then set), or it is the
#   future the task waited on, now done: the step sends its result (or throws its exception) in;
# - waiting: ``_fut_waiter`` is a pending future, and the task is among that future's
#   callbacks; the future's completion schedules it (futures.py, ``_add_waiting_task``);
# - running: ``loop._current_task`` is the task, inside ``_run``.
#
# ``_must_cancel`` is set when cancel() finds no pending future to carry the request: the next
# step throws CancelledError in.  A step that ends the coroutine makes the task done:
# _FINISHED with a result or an exception, or _CANCELLED.


class Task(Future):
    """A coroutine wrapped in a Future, driven step by step by the loop."""

    __module__ = "_asyncio"

    __slots__ = (
        "_coro",
        "_send", "_send_to",      # every step calls _send(_send_to, value): see _init_task
        "_context",               # the contextvars context every step runs in
        "_name",                  # str, or the Task-N number until the name is first read
        "_fut_waiter",            # the future we sleep on, until the step that follows its completion
        "_must_cancel",           # cancel() was requested while no future could carry it
        "_num_cancels_requested", # cancelling(): cancel() calls minus uncancel() calls
        "_pending_exc",           # an error to throw in at the next step (misuse of yield)
        "_log_destroy_pending",   # report "Task was destroyed but it is pending!" if GC'd pending
        "_creation_index",        # the task's creation number (see _task_creation_counter)
    )

    __class_getitem__ = classmethod(GenericAlias)

    def __init__(self, coro, *, loop=None, name=None, context=None, eager_start=_NOT_GIVEN):
        _init_task(self, coro, loop, name, context, eager_start)
        self = None  # as in _init_task: a failed eager start's traceback keeps this frame (3.12)

    def _eager_start(self):
        """The first step, now, inside the creator's step (3.12): the new task is the current task
        meanwhile.  A task done after it lets go of its coroutine, as asyncio's (get_coro() is None)."""
        loop = self._loop
        creator = loop._current_task
        try:
            self._run()
        finally:
            loop._current_task = creator
        if self._state is not _PENDING:
            self._coro = self._send = self._send_to = None
        self = None  # as in __init__: asyncio's Task starts in C, with no frame to keep the task

    # ----------------------------------------------------------------- public API

    def get_coro(self):
        return self._coro

    @since("get_context")
    def get_context(self):
        return self._context

    def get_stack(self, *, limit=None):
        """The frames of the suspended coroutine (outermost first) or, once it failed, of its
        traceback, as asyncio's ``Task.get_stack``."""
        frames = []
        frame = getattr(self._coro, "cr_frame", None) or getattr(self._coro, "gi_frame", None)
        if frame is not None:
            while frame is not None and (limit is None or len(frames) < limit):
                frames.append(frame)
                frame = frame.f_back
            frames.reverse()
        elif self._exception is not None:
            tb = self._exception.__traceback__
            while tb is not None and (limit is None or len(frames) < limit):
                frames.append(tb.tb_frame)
                tb = tb.tb_next
        return frames

    def print_stack(self, *, limit=None, file=None):
        """Print ``get_stack()`` like a traceback ("Stack for <Task ...>" or, for a task that
        failed, "Traceback for <Task ...>" and the exception line), as asyncio does."""
        import linecache
        import sys
        import traceback
        entries = [(frame.f_code.co_filename, frame.f_lineno, frame.f_code.co_name,
                    linecache.getline(frame.f_code.co_filename, frame.f_lineno, frame.f_globals))
                   for frame in self.get_stack(limit=limit)]
        file = sys.stdout if file is None else file  # read now: the program may redirect stdout
        if not entries:
            print(f"No stack for {self!r}", file=file)
        elif self._exception is not None:
            print(f"Traceback for {self!r} (most recent call last):", file=file)
        else:
            print(f"Stack for {self!r} (most recent call last):", file=file)
        traceback.print_list(entries, file=file)
        if self._exception is not None:
            print("".join(traceback.format_exception_only(self._exception)), file=file, end="")

    def get_name(self):
        name = self._name
        if type(name) is int:
            name = self._name = f"Task-{name}"
        return name

    def set_name(self, value):
        self._name = str(value)

    def set_result(self, result):
        raise RuntimeError("Task does not support set_result operation")

    def set_exception(self, exception):
        raise RuntimeError("Task does not support set_exception operation")

    def cancel(self, msg=None):
        """Request cancellation: delivered at the task's next step (see the module docstring)."""
        self._log_traceback = False
        if self._state is not _PENDING:
            return False
        self._num_cancels_requested += 1
        if self._fut_waiter is not None and self._fut_waiter.cancel(msg=msg):
            # The waiter's cancellation wakes us with CancelledError.  Keep _fut_waiter: if it
            # is a task that ignores the request, we may have to cancel it again.
            return True
        # Our next step is already scheduled: make it throw CancelledError in.
        self._must_cancel = True
        self._cancel_message = msg
        return True

    def cancelling(self):
        return self._num_cancels_requested

    def uncancel(self):
        if self._num_cancels_requested > 0:
            self._num_cancels_requested -= 1
            # 3.13: no request left, so none to deliver.  With none pending, the versions agree: the
            # version is asked only when there is one (see versions.Active).
            if self._num_cancels_requested == 0 and self._must_cancel and active.uncancel_clears_pending_cancel:
                self._must_cancel = False
        return self._num_cancels_requested

    # ----------------------------------------------------------------- stepping

    def _run(self, in_callback=False):
        """Our turn in the ready queue: a first step, a step after a bare yield, or a wake-up
        because ``_fut_waiter`` is done (its exception, if any, is thrown in).  The coroutine
        runs in the task's context (``in_callback``: in the context of the callback ``_wake_up``
        that runs the step); the rest of the step needs none."""
        # (The usual cases come last in each if/else below: Python then runs one jump fewer.)
        waiter = self._fut_waiter
        if waiter is not None:
            self._fut_waiter = None
            if waiter._state is _CANCELLED:
                exc = waiter._make_cancelled_error()
            else:
                # Read the outcome rather than calling waiter.result(): raising there would add
                # frames of ours to the traceback the program sees.
                exc = waiter._exception
                if exc is not None:
                    waiter._log_traceback = False
                    exc = exc.with_traceback(waiter._exception_tb)
        else:
            exc = self._pending_exc
            self._pending_exc = None
        if self._state is not _PENDING:
            raise exceptions.InvalidStateError(f"_step(): already done: {self!r}, {exc!r}")
        if self._must_cancel:
            exc = self._take_cancel_request(exc)
        loop = self._loop
        loop._current_task = self
        try:
            if in_callback:
                result = _step_in_place(self, exc)
            elif exc is not None:
                result = self._context.run(self._coro.throw, exc)
            else:
                result = self._context.run(self._send, self._send_to, None)
        except StopIteration as stop:
            self._return(stop.value)
        except exceptions.CancelledError as cancelled:
            # Re-raised as is by result(), like asyncio; without this frame, as for an error (below).
            self._cancelled_exc = cancelled.with_traceback(cancelled.__traceback__.tb_next)
            Future.cancel(self)
            # Raised through the coroutine, it holds the loop's frames as an error does (see there).
            hold_run_frames(self._cancelled_exc, loop)
        except exceptions.ESCAPING as error:
            # Kept without this frame, as below, then on its way out of the loop.
            Future.set_exception(self, error.with_traceback(error.__traceback__.tb_next))
            raise
        except BaseException as error:
            # Drop this frame from the traceback: it shows where the coroutine failed, as with
            # asyncio's C Task (and it no longer keeps this task alive through the frame, nor,
            # through the frames below this one, what they hold).
            Future.set_exception(self, error.with_traceback(error.__traceback__.tb_next))
        else:
            if result is None:
                # Bare yield: back of the queue, next iteration.  ``_schedule`` is read as an attribute
                # first: 3.11 specialises that read, not a method lookup of an instance attribute.
                schedule = loop._schedule
                schedule(self)
            elif getattr(result, "_asyncio_future_blocking", None):
                self._wait_on(result)
            else:
                self._pending_exc = self._bad_yield_error(result)
                loop._schedule(self)
        finally:
            loop._current_task = None
            # The traceback of an exception escaping the loop (SystemExit, KeyboardInterrupt) holds this
            # frame: let it keep nothing alive, the task, the exception thrown in or the loop (and the
            # tasks it knows), as asyncio's C step has no frame to hold anything.
            self = exc = waiter = result = schedule = loop = None

    def _take_cancel_request(self, exc):
        """The exception the step cancel() asked for throws in: ``exc`` if it is already one."""
        self._must_cancel = False
        return exc if isinstance(exc, exceptions.CancelledError) else self._make_cancelled_error()

    def _return(self, value):
        """The coroutine returned ``value``: the task is done, unless cancel() was called
        during that very last step."""
        if self._must_cancel:
            self._must_cancel = False
            Future.cancel(self, msg=self._cancel_message)
        else:
            self._complete_with(value)  # Future.set_result (see there)

    def _wait_on(self, future):
        if type(future) is not Future and _awaited_through_its_methods(type(future)):
            self._wait_through_methods(future)
        elif future._loop is not self._loop:
            self._pending_exc = self._different_loop_error(future)
            self._loop._schedule(self)
        elif future is self:
            self._pending_exc = RuntimeError(f"Task cannot await on itself: {self!r}")
            self._loop._schedule(self)
        else:
            future._asyncio_future_blocking = False
            future._add_waiting_task(self)
            self._fut_waiter = future
            if self._must_cancel and future.cancel(msg=self._cancel_message):
                self._must_cancel = False

    def _wait_through_methods(self, future):
        """Wait on ``future`` as asyncio waits on anything but its own Future and Task: an object of
        the program's that only looks like a future (``_asyncio_future_blocking``, ``get_loop``,
        ``add_done_callback``, ``result``, ``cancel``), or a Future subclass with its own
        ``add_done_callback``, ``result`` or ``get_loop``.  The task asks it, through those methods,
        to call ``_wake_up`` when it is done."""
        if future is self:
            self._pending_exc = RuntimeError(f"Task cannot await on itself: {self!r}")
            self._loop._schedule(self)
        elif _loop_of(future) is not self._loop:
            self._pending_exc = self._different_loop_error(future)
            self._loop._schedule(self)
        else:
            future._asyncio_future_blocking = False
            future.add_done_callback(self._wake_up, context=self._context)
            self._fut_waiter = future
            if self._must_cancel and future.cancel(msg=self._cancel_message):
                self._must_cancel = False

    def _wake_up(self, future):
        """The done callback ``_wait_through_methods`` gives a future: it asks the future's
        ``result()`` for the outcome and runs the step right here, inside the callback, in the
        context the callback runs in (asyncio's ``Task.__wakeup``, which does not enter the task's
        context again)."""
        try:
            future.result()
            error = None
        except BaseException as caught:
            error = caught
        loop = self._loop
        running = loop._current_task
        if running is not None:
            # Called from another task's step (the program called it back there and then): asyncio
            # refuses before it touches the task, which keeps waiting, on nothing that will wake it.
            raise RuntimeError(f"Cannot enter into task {self!r} while another task {running!r} is being executed.")
        self._pending_exc = error
        instrument = loop._instrument
        if instrument is not None:
            instrument.before_run(loop, self)  # it reads _fut_waiter: what woke the task
        self._fut_waiter = None
        try:
            self._run(in_callback=True)
        finally:
            if instrument is not None:
                instrument.after_run(loop, self)
            self = loop = instrument = error = None  # as in _run

    # Named as asyncio's C task names its wake-up callback, which the program sees when a future of its
    # own is handed it (add_done_callback of a Future subclass).
    _wake_up.__name__, _wake_up.__qualname__ = "task_wakeup", "Task.task_wakeup"

    def _step_soon(self, future=None):
        """The step a loop class overriding ``call_soon`` is handed (loop._schedule_through_call_soon), with
        the future that woke the task if one did (``_fut_waiter`` says it too): it runs in the callback's
        context, which is the task's."""
        self._run(in_callback=True)

    def _different_loop_error(self, future):
        return RuntimeError(f"Task {self!r} got Future {future!r} attached to a different loop")

    def _bad_yield_error(self, result):
        if getattr(result, "_asyncio_future_blocking", None) is not None:
            # asyncio asks about the loop before it asks whether the future was awaited.
            if _loop_of(result) is not self._loop:
                return self._different_loop_error(result)
            return RuntimeError(
                f"yield was used instead of yield from in task {self!r} with {result!r}")
        if isinstance(result, types.GeneratorType):
            return RuntimeError(
                f"yield was used instead of yield from for generator in task {self!r} with {result!r}")
        return RuntimeError(f"Task got bad yield: {result!r}")

    # ----------------------------------------------------------------- reporting

    def _repr_info(self):
        info = super()._repr_info()
        if self._num_cancels_requested and self._state is _PENDING:
            info[0] = "cancelling"
        info.insert(1, f"name={self.get_name()!r}")
        if self._fut_waiter is not None:
            info.insert(2, f"wait_for={self._fut_waiter!r}")
        if self._coro is not None:  # an eager task done in its first step has none (3.12)
            info.insert(2, f"coro=<{_format_coroutine(self._coro)}>")
        return info

    def _describe(self):
        return self.get_name()

    def __del__(self):
        if self._state is _PENDING:
            if self._log_destroy_pending:
                self._loop.call_exception_handler({
                    "message": "Task was destroyed but it is pending!",
                    "task": self,
                })
        elif self._log_traceback:  # only a done task can have an unretrieved exception
            Future.__del__(self)


def _init_task(task, coro, loop, name=None, context=None, eager_start=_NOT_GIVEN):
    """What ``Task(coro, loop=loop, ...)`` does to ``task``; ``create_task`` calls it directly, on an
    object made by ``object.__new__`` (why: ``futures._init_future``)."""
    _init_future(task, loop)
    task._log_destroy_pending = False
    if eager_start is _NOT_GIVEN:
        eager_start = False
    elif not active.eager_tasks:
        raise TypeError("'eager_start' is an invalid keyword argument for Task()")
    native = type(coro) is CoroutineType
    if not native and not iscoroutine(coro):
        raise TypeError(f"a coroutine was expected, got {coro!r}")
    # The number is taken now; "Task-N" is written when first asked for (as 3.12 does).
    task._name = _task_name_counter() if name is None else str(name)
    task._coro = coro
    if native:
        # The usual coroutine is sent to with its type's send, one function that all tasks share
        # (coro.send would be a bound method made for each task).
        task._send, task._send_to = _coroutine_send, coro
    else:
        # Any other kind: its own send, looked up once (operator.call(send, value) calls it).
        task._send, task._send_to = operator.call, coro.send
    task._context = context if context is not None else copy_context()
    task._fut_waiter = None
    task._must_cancel = False
    task._num_cancels_requested = 0
    task._pending_exc = None
    task._log_destroy_pending = True
    task._creation_index = _task_creation_counter()
    if eager_start and loop is None:
        # 3.12 and 3.13 ask the loop *argument* whether it runs, so Task(coro, eager_start=True)
        # without loop= fails (after taking its Task-N number), even inside a running loop.
        raise AttributeError("'NoneType' object has no attribute 'is_running'")
    loop = task._loop
    # The loop's _track_task and _schedule are read as attributes, then called: 3.11 specialises
    # such a read, not the method lookup of an instance attribute (see _run).
    track, schedule = loop._track_task, loop._schedule
    track(weakref.ref(task, loop._note_freed))
    if eager_start and loop.is_running():
        task._eager_start()
        task = None  # a failure's traceback keeps this frame from 3.12 (f_back): not the task
    else:
        schedule(task)  # the first step: scheduled now, like call_soon(task.__step)


def _step_in_place(task, exc):
    """Send to (or throw ``exc`` into) ``task``'s coroutine in the current context (see ``_wake_up``)."""
    return task._coro.throw(exc) if exc is not None else task._send(task._send_to, None)


# What asyncio reads from a future its task waits on, by calling them unless the future is exactly its own
# Future or Task (tinyloop reads its own futures' state directly, see _run).
_WAITING_PROTOCOL = ("add_done_callback", "result", "get_loop")


@functools.cache
def _awaited_through_its_methods(cls):
    """Whether a task waits on an instance of ``cls`` through its methods (``_wait_through_methods``):
    it is not a tinyloop Future, or it changes one of the methods a waiting task calls.  A subclass
    that changes none of them behaves the same either way, so it keeps the quick way."""
    if not issubclass(cls, Future):
        return True
    return any(getattr(cls, name) is not getattr(Future, name) for name in _WAITING_PROTOCOL)


def _loop_of(future):
    """The loop of a future-like object, as asyncio's ``futures._get_loop`` finds it."""
    get_loop = getattr(future, "get_loop", None)
    return get_loop() if get_loop is not None else future._loop


def _format_coroutine(coro):
    # An awaitable without a name of its own (the aclose() of an async generator, an instance of a
    # Coroutine class) is shown by its type, which asyncio spells out.
    name = (getattr(coro, "__qualname__", None) or getattr(coro, "__name__", None)
            or f"<{type(coro).__name__} without __name__>")
    code = getattr(coro, "cr_code", None) or getattr(coro, "gi_code", None)
    frame = getattr(coro, "cr_frame", None) or getattr(coro, "gi_frame", None)
    if code is None:
        running = getattr(coro, "cr_running", None) or getattr(coro, "gi_running", False)
        return f"{name}() running" if running else f"{name}()"
    if frame is not None:
        return f"{name}() running at {code.co_filename}:{frame.f_lineno}"
    return f"{name}() done, defined at {code.co_filename}:{code.co_firstlineno}"


# ------------------------------------------------------------------ module functions

def iscoroutine(obj):
    """True for coroutine objects.  Up to 3.11 also for generators (the legacy generator-based
    coroutines); 3.12 dropped those, so ``create_task`` and ``ensure_future`` refuse a generator,
    and ``wait`` and ``as_completed`` no longer take a generator of tasks for a coroutine."""
    if type(obj) is CoroutineType:
        return True
    if isinstance(obj, types.GeneratorType):
        return not active.iscoroutine_rejects_generators
    return isinstance(obj, collections.abc.Coroutine)


def iscoroutinefunction(func):
    """True for ``async def`` functions (also behind partials and bound methods)."""
    while isinstance(func, functools.partial):
        func = func.func
    func = getattr(func, "__func__", func)
    code = getattr(func, "__code__", None)
    if code is not None and code.co_flags & _CO_COROUTINE:
        return True
    return getattr(func, "_is_coroutine", None) is _is_coroutine


_CO_COROUTINE = 0x80  # inspect.CO_COROUTINE (inspect itself is slow to import)

# The mark of a function that returns a coroutine without being ``async def``
# (``asyncio.coroutines._is_coroutine``: ``unittest.mock.AsyncMock`` sets it on itself).
_is_coroutine = object()


def _isawaitable(obj):
    return (isinstance(obj, collections.abc.Awaitable)
            or isinstance(obj, types.GeneratorType) and obj.gi_code.co_flags & _CO_ITERABLE_COROUTINE)


_CO_ITERABLE_COROUTINE = 0x100  # inspect.CO_ITERABLE_COROUTINE


def current_task(loop=None):
    """The task whose step is running now, or None (e.g. inside a plain callback)."""
    if loop is None:
        loop = events.get_running_loop()
    return loop._current_task


def all_tasks(loop=None):
    """The set of not-yet-done tasks of the loop."""
    if loop is None:
        loop = events.get_running_loop()
    return set(loop._pending_tasks())


def create_task(coro, *, name=None, context=None):
    """Wrap ``coro`` in a Task on the running loop.  Up to 3.12 the task is created unnamed
    (taking a ``Task-N`` number) and renamed afterwards; 3.13 passes the name to the loop, so a
    named task takes no number (``versions.named_tasks_take_no_number``)."""
    loop = events.get_running_loop()
    return _create_named_task(loop, coro, name, {} if context is None else {"context": context})


def _create_named_task(loop, coro, name, options):
    """``loop.create_task(coro, **options)`` named ``name`` (None: unnamed), as ``create_task`` and
    ``TaskGroup.create_task`` make their tasks: up to 3.12 named after creation, from 3.13 by the loop."""
    # Unnamed, on a loop whose create_task is tinyloop's own (for which name=None means no name), both
    # ways below make the same task: the version is not asked (see versions.Active).
    if name is None and getattr(loop.create_task, "__func__", None) is _LOOP_CREATE_TASK[0]:
        return loop.create_task(coro, **options)
    if active.named_tasks_take_no_number:
        return loop.create_task(coro, name=name, **options)
    task = loop.create_task(coro, **options)
    if name is not None:
        task.set_name(name)  # up to 3.12 the task took a Task-N number first
    return task


def create_eager_task_factory(custom_task_constructor):
    """A task factory for ``loop.set_task_factory`` that makes tasks with ``custom_task_constructor``,
    started eagerly (3.12)."""

    def factory(loop, coro, *, name=None, context=None):
        return custom_task_constructor(coro, loop=loop, name=name, context=context, eager_start=True)

    return factory


eager_task_factory = create_eager_task_factory(Task)


def ensure_future(coro_or_future, *, loop=None):
    """Futures are returned as they are; coroutines and awaitables are wrapped in a Task."""
    if type(coro_or_future) is not CoroutineType:  # the usual case, never a future: quick
        if futures.isfuture(coro_or_future):
            if loop is not None and loop is not coro_or_future.get_loop():
                raise ValueError("The future belongs to a different loop than "
                                 "the one specified as the loop argument")
            return coro_or_future
        if not iscoroutine(coro_or_future):
            if not _isawaitable(coro_or_future):
                raise TypeError("An asyncio.Future, a coroutine or an awaitable is required")
            # 3.11 wraps it in a generator-based coroutine; 3.12, which no longer takes generators for
            # coroutines, in an ``async def``.
            wrap = _wrap_awaitable_async if active.iscoroutine_rejects_generators else _wrap_awaitable
            coro_or_future = wrap(coro_or_future)
    if loop is None:
        loop = events._get_event_loop()
    return loop.create_task(coro_or_future)


@types.coroutine
def _wrap_awaitable(awaitable):
    return (yield from awaitable.__await__())


async def _wrap_awaitable_async(awaitable):
    return await awaitable

# As asyncio names it: 3.12 defines it inside ensure_future().
_wrap_awaitable_async.__name__ = "_wrap_awaitable"
_wrap_awaitable_async.__qualname__ = "ensure_future.<locals>._wrap_awaitable"


# BaseLoop.create_task, set by loop.py (which imports this module).
_LOOP_CREATE_TASK = [None]


class _BareYield:
    """``await _BARE_YIELD`` yields ``None`` once: the Task puts itself at the back of the ready
    queue (see Task._run).  ``__await__`` is a tuple's ``__iter__``: a fresh iterator over
    ``(None,)`` for each await, with no Python frame to run (asyncio uses a generator)."""

    __slots__ = ()
    __await__ = (None,).__iter__


_BARE_YIELD = _BareYield()


async def sleep(delay, result=None):
    """Suspend for ``delay`` seconds of loop time.  ``sleep(0)`` (or less) is exactly one bare
    yield: no future, no timer.  3.13 refuses a NaN delay, which older versions hand to the timer
    heap (where it is due at once)."""
    if delay <= 0:
        await _BARE_YIELD
        return result
    # Only a NaN can tell the versions apart: an ordinary number does not ask (see versions.Active).
    ordinary = type(delay) in (int, float) and delay == delay
    if not ordinary and active.sleep_rejects_nan and math.isnan(delay):
        raise ValueError("Invalid delay: NaN (not a number)")
    loop = events.get_running_loop()
    future = loop.create_future()
    timer = loop.call_later(delay, futures._set_result_unless_cancelled, future, result)
    future._label = timer  # described lazily as "sleep until t=..." (see Future._describe)
    try:
        return await future
    finally:
        timer.cancel()

