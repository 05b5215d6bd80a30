"""``Future``: a box for a result that arrives later (asyncio's ``futures.Future``).

A future is *pending* until someone calls ``set_result``, ``set_exception`` or ``cancel``.  Then it
is *done* and its done callbacks are **scheduled** on the loop (never called inline): they run in a
later step of the loop, in the order they were added.

``await future`` is ``Future.__await__``: if the future is already done it returns the result at
once *without yielding to the loop*; otherwise it yields the future itself to the Task driving the
coroutine, and the task sleeps until the future is done (see tasks.py).

tinyloop details:

* a done callback is stored as a ready-made ``Handle`` (or, for a task waiting on the future, as the
  ``Task`` itself): when the future completes, each is handed to the loop's ``_schedule``, the one
  way into the ready queue, in order — what asyncio does with one ``call_soon`` per callback;
* a future may carry a human-readable ``_label`` ("Event.wait()", "sleep until t=3") that the
  deadlock report and the trace print.  Library code sets it; it has no effect on behaviour;
* the error messages are those of the C implementation real asyncio uses ("Result is not set.").
"""

import functools
import reprlib
import weakref
from types import GenericAlias

from . import events, exceptions, runframes
from .handles import Handle, TimerHandle, format_callback
from .versions import active

_STOP_ITERATION_MESSAGE = "StopIteration interacts badly with generators and cannot be raised into a Future"

# Every future that got an exception, weakly: see report_unretrieved_at_exit().
_failed = weakref.WeakSet()

# The three states.  Strings, compared by identity, as in asyncio.

_PENDING = "PENDING"
_CANCELLED = "CANCELLED"
_FINISHED = "FINISHED"


class _NamedLikeCTypes(type):
    """The metaclass of Future and Task, which asyncio implements in C (module ``_asyncio``).

    Python's error messages name a C type by its full name ("'_asyncio.Task' object has no attribute
    'foo'", "'_asyncio.Future' object is not callable") while its ``__name__`` is the short one: give our
    classes that full name where the messages read it, and keep ``__name__`` short.  A C type is also
    immutable: a program cannot set or delete its attributes (subclasses are ordinary classes).
    """

    def __init__(cls, name, bases, namespace):
        super().__init__(name, bases, namespace)
        if cls.__module__ == "_asyncio":
            type.__dict__["__name__"].__set__(cls, f"_asyncio.{name}")

    @property
    def __name__(cls):
        return type.__dict__["__name__"].__get__(cls).rpartition(".")[2]

    def __setattr__(cls, name, value):
        cls._refuse_change(name)
        super().__setattr__(name, value)

    def __delattr__(cls, name):
        cls._refuse_change(name)
        super().__delattr__(name)

    def _refuse_change(cls, name):
        if cls.__module__ == "_asyncio":
            raise TypeError(f"cannot set {name!r} attribute of immutable type '_asyncio.{cls.__name__}'")


class Future(metaclass=_NamedLikeCTypes):
    """A result (or exception, or cancellation) that will be available later."""

    __module__ = "_asyncio"  # so that type(future) prints like asyncio's C implementation

    __slots__ = (
        "_loop",             # the loop whose ready queue receives our callbacks
        "_state",            # _PENDING, _CANCELLED or _FINISHED
        "_result",
        "_exception",
        "_exception_tb",     # the traceback, kept so that result() re-raises it unchanged
        "_callbacks",        # Handles (and waiting Tasks) to schedule when done
        "_cancel_message",   # cancel(msg): the message of the CancelledError we will raise
        "_cancelled_exc",    # the CancelledError that cancelled us, to chain it on re-raise
        "_log_traceback",    # True while an exception is set and nobody has looked at it
        "_asyncio_future_blocking",  # set while a Task is being told to wait for us
        "_held_by_traceback",  # 3.12+: what our exception's traceback keeps alive (see set_exception)
        "__dict__",          # room for _label and for attributes programs set
        "__weakref__",
    )

    __class_getitem__ = classmethod(GenericAlias)

    def __init__(self, *, loop=None):
        _init_future(self, loop)

    # ----------------------------------------------------------------- reading the state

    def done(self):
        return self._state is not _PENDING

    def cancelled(self):
        return self._state is _CANCELLED

    def get_loop(self):
        return self._loop

    def result(self):
        if self._state is _FINISHED:
            self._log_traceback = False
            if self._exception is not None:
                try:
                    raise self._exception.with_traceback(self._exception_tb)
                finally:
                    # The exception's traceback now holds this frame, which must not hold the future
                    # keeping that exception: the cycle would keep both (and the frames of the
                    # traceback) alive until a garbage collection, where asyncio's C future lets go.
                    self = None
            return self._result
        if self._state is _CANCELLED:
            raise self._make_cancelled_error()
        raise exceptions.InvalidStateError("Result is not set.")

    def exception(self):
        if self._state is _FINISHED:
            self._log_traceback = False
            return self._exception
        if self._state is _CANCELLED:
            raise self._make_cancelled_error()
        raise exceptions.InvalidStateError("Exception is not set.")

    def _make_cancelled_error(self):
        """The CancelledError to raise for a cancelled future (asyncio chains the original one)."""
        if self._cancelled_exc is not None:
            exc, self._cancelled_exc = self._cancelled_exc, None
            return exc
        if self._cancel_message is None:
            return exceptions.CancelledError()
        return exceptions.CancelledError(self._cancel_message)

    # ----------------------------------------------------------------- completing

    def set_result(self, result):
        if self._state is not _PENDING:
            raise exceptions.InvalidStateError("invalid state")
        self._result = result
        self._state = _FINISHED
        self._schedule_callbacks()

    # Future.set_result by another name, which Task (refusing set_result) does not override: a task
    # completes itself with it.  3.11 specialises the lookup of self._complete_with, not Future.set_result.
    _complete_with = set_result

    def set_exception(self, exception):
        if self._state is not _PENDING:
            raise exceptions.InvalidStateError("invalid state")
        if isinstance(exception, type):
            exception = exception()
        if not isinstance(exception, BaseException):
            raise TypeError("invalid exception object")
        if not isinstance(exception, StopIteration):
            pass  # the versions differ on StopIteration only: the version is not asked (see versions.Active)
        elif active.set_exception_wraps_stopiteration:
            # 3.13: any StopIteration is stored as the cause of a RuntimeError.
            wrapped = RuntimeError(_STOP_ITERATION_MESSAGE)
            wrapped.__cause__ = wrapped.__context__ = exception
            exception = wrapped
        elif type(exception) is StopIteration:  # up to 3.12: refused (a subclass goes through)
            raise TypeError(_STOP_ITERATION_MESSAGE)
        self._exception = exception
        self._exception_tb = exception.__traceback__
        hold_run_frames(exception, self._loop)
        self._state = _FINISHED
        self._schedule_callbacks()
        self._log_traceback = True
        _failed.add(self)

    def cancel(self, msg=None):
        """Cancel the future; False if it was already done."""
        self._log_traceback = False
        if self._state is not _PENDING:
            return False
        self._state = _CANCELLED
        self._cancel_message = msg
        self._schedule_callbacks()
        return True

    def _schedule_callbacks(self):
        # Done callbacks are never called inline: they join the ready queue, in the order they
        # were added, and run when the loop reaches them.
        callbacks = self._callbacks
        if callbacks:
            if self._loop._debug:
                # asyncio hands each to call_soon, which in debug mode refuses a thread other than the
                # loop's: the callbacks are dropped and the thread that completed the future gets the error.
                try:
                    self._loop._check_thread()
                except RuntimeError:
                    callbacks.clear()
                    raise
            loop = self._loop
            if loop._running and events._get_running_loop() is not loop:
                loop._queue_from_another_thread(callbacks)  # completed by another thread: no wake-up
            else:
                schedule = loop._schedule
                for entry in callbacks:
                    schedule(entry)
            callbacks.clear()

    # ----------------------------------------------------------------- callbacks

    def add_done_callback(self, fn, *, context=None):
        """Arrange for ``fn(future)`` to be called (via the ready queue) once we are done."""
        if self._state is not _PENDING:
            self._loop.call_soon(fn, self, context=context)
        else:
            self._callbacks.append(Handle(fn, (self,), self._loop, context))

    def remove_done_callback(self, fn):
        """Remove every registration of ``fn``; return how many were removed."""
        kept = [entry for entry in self._callbacks
                if not (isinstance(entry, Handle) and entry._callback == fn)]
        removed = len(self._callbacks) - len(kept)
        if removed:
            self._callbacks = kept
        return removed

    def _add_waiting_task(self, task):
        """Wake ``task`` (through the ready queue) when we are done: what a Task does instead of
        ``add_done_callback(task.__wakeup)``, saving a Handle per await."""
        if self._state is _PENDING:
            self._callbacks.append(task)
        else:
            self._loop._schedule(task)

    # ----------------------------------------------------------------- awaiting

    def __await__(self):
        if self._state is _CANCELLED or self._exception is not None:
            return _raising_at_the_await(self)
        return _FutureIter(self)

    __iter__ = __await__  # `yield from future` in generator-based code

    # ----------------------------------------------------------------- reporting

    def __repr__(self):
        return f"<{type(self).__name__} {' '.join(self._repr_info())}>"

    def _repr_info(self):
        info = [self._state.lower()]
        if self._state is _FINISHED:
            if self._exception is not None:
                info.append(f"exception={self._exception!r}")
            else:
                info.append(f"result={reprlib.repr(self._result)}")
        if self._callbacks:
            info.append(f"cb=[{_format_callbacks(self._callbacks)}]")
        return info

    def _describe(self):
        """Short text for deadlock reports and traces: the label, else the type."""
        label = self.__dict__.get("_label")
        if label is None:
            return f"a {type(self).__name__}"
        if isinstance(label, TimerHandle):  # sleep() stores its timer: formatting costs time
            return f"sleep until t={label._when:g}"
        return label

    def __del__(self):
        if self._log_traceback:
            self._loop.call_exception_handler({
                "message": f"{type(self).__name__} exception was never retrieved",
                "exception": self._exception,
                "future": self,
            })


def describe(awaited):
    """``Future._describe``, also for what a task may wait on that only looks like a future (tasks.py,
    ``_wait_through_methods``)."""
    return awaited._describe() if isinstance(awaited, Future) else f"a {type(awaited).__name__}"


def _init_future(future, loop):
    """What ``Future(loop=loop)`` does to ``future``.

    The loop's own code (``create_future``, a task's initialisation) calls this function directly on
    an object made by ``object.__new__``: 3.11 runs a call with keyword arguments, and the call of a
    class, through C, where a plain positional call of a Python function runs inline, some hundreds
    of machine instructions cheaper; every task and most futures are made that way.
    """
    future._log_traceback = False  # first: __del__ reads it even if finding a loop fails below
    future._loop = events._get_event_loop() if loop is None else loop
    future._state = _PENDING
    future._result = None
    future._exception = None
    future._exception_tb = None
    future._held_by_traceback = None
    future._callbacks = []
    future._cancel_message = None
    future._cancelled_exc = None
    future._asyncio_future_blocking = False


class _FutureIter:
    """What ``await future`` iterates over.  While the future is pending it yields the future
    itself, which tells the Task driving the coroutine to sleep until the future is done; then it
    returns the result.

    Whether it may yield is the future's ``_asyncio_future_blocking`` flag, not a memory of its own,
    as with asyncio's C futures: yielding raises the flag and the Task that takes the future in
    lowers it.  So a coroutine resumed while its future is still pending (two tasks given one
    coroutine) yields the future again, and the second task waits on it too; but while the flag is
    still up (nobody took the future in, as when a task awaited itself) it is "await wasn't used
    with future".

    It is a class rather than a generator, and has no ``throw()`` on purpose: an exception the
    Task throws into the awaiting coroutine is then raised right at the ``await``, and the
    traceback shows the program's frames only, as with asyncio's C futures.
    """

    __slots__ = ("_future",)

    def __init__(self, future):
        self._future = future

    def __iter__(self):
        return self

    def __next__(self):
        future = self._future
        if future._state is _PENDING:
            if future._asyncio_future_blocking:
                raise RuntimeError("await wasn't used with future")
            future._asyncio_future_blocking = True
            return future
        # Future's own result(), not a subclass's: asyncio's C iterator reads the future directly.
        raise StopIteration(Future.result(future))

    def send(self, value):
        return self.__next__()


def _finished_generator():
    return
    yield


_SPENT_GENERATOR = _finished_generator()
_SPENT_GENERATOR.close()


def _raising_at_the_await(future):
    """What ``await`` iterates over for a future that has failed (or been cancelled) already: its
    exception is raised by ``throw()`` of a finished generator, which raises what it is given and runs no
    Python code, so the program's traceback shows the ``await`` and no frame of ours, as with asyncio's
    C futures (``_FutureIter`` would add its ``__next__`` and ``result``)."""
    _, error = _outcome(future)
    return iter(functools.partial(_SPENT_GENERATOR.throw, error), None)


def _format_callbacks(callbacks):
    def one(entry):
        if isinstance(entry, Handle):
            return format_callback(entry._callback, ())
        return "Task.task_wakeup()"  # what C asyncio shows for a waiting task
    if len(callbacks) == 1:
        return one(callbacks[0])
    if len(callbacks) == 2:
        return f"{one(callbacks[0])}, {one(callbacks[1])}"
    return f"{one(callbacks[0])}, <{len(callbacks) - 2} more>, {one(callbacks[-1])}"


def _outcome(fut):
    """``(result, exception)`` of a done future, without raising: code that re-raises the
    exception itself keeps ``result()``'s frame out of the program's traceback.  A future-like
    object of the program's is asked, as asyncio asks any future, through its ``result()``."""
    if not isinstance(fut, Future):
        try:
            return fut.result(), None
        except BaseException as error:
            return None, error
    if fut._state is _CANCELLED:
        return None, fut._make_cancelled_error()
    fut._log_traceback = False
    if fut._exception is not None:
        return None, fut._exception.with_traceback(fut._exception_tb)
    return fut._result, None


def report_unretrieved_at_exit():
    """Report the futures still alive whose exception nobody retrieved, as ``__del__`` does.

    When a program ends, Python's shutdown frees what is left (the uncaught exception's traceback
    holds the frames, and their locals, until then) and asyncio's ``__del__`` logs "Task exception
    was never retrieved" *after* the program's traceback.  A sandboxed run ends with
    ``os._exit()``, with no such shutdown: ``install()`` registers this function with ``atexit``.
    """
    for fut in list(_failed):
        if fut._log_traceback:
            Future.__del__(fut)
            fut._log_traceback = False


def isfuture(obj):
    """True for asyncio-compatible futures (duck-typed on ``_asyncio_future_blocking``)."""
    return (hasattr(type(obj), "_asyncio_future_blocking")
            and obj._asyncio_future_blocking is not None)


def _set_result_unless_cancelled(fut, result):
    """Timer callback of sleep(): the sleeper may have been cancelled meanwhile."""
    if not fut.cancelled():
        fut.set_result(result)


def hold_run_frames(exception, loop):
    """An exception raised through a coroutine while ``loop`` runs a future keeps, from 3.12, the frame of
    run_until_complete, and that future (see runframes.py).  A foreign loop, or one not inside
    run_until_complete, has no such frame."""
    frames = getattr(loop, "_run_frames", None)
    if frames is not None:
        runframes.hold(exception, frames.through_coroutines)
