"""Handles: a callback the loop will call later (asyncio's ``events.Handle`` / ``events.TimerHandle``).

``loop.call_soon`` returns a ``Handle``; ``call_later`` / ``call_at`` return a ``TimerHandle``.  Both
can be cancelled before they run.  A handle remembers the ``contextvars`` context it must run in
(the one current when it was created, unless the caller passed one), just like asyncio.

Everything in the loop's ready queue has a ``_run()`` method: handles, and also tasks whose turn
it is (see tasks.py).  The loop's ``_run_once`` calls it, and nothing else does.

In debug mode (``loop.set_debug(True)``, ``asyncio.run(..., debug=True)``) a handle made by the program's
``call_soon`` / ``call_later`` / ``call_at`` shows where: ``created at FILE:LINE`` (asyncio keeps a whole
source traceback; only its last line is ever shown in a repr), and a cancelled handle keeps showing its
callback (asyncio keeps its repr for the slow-callback warning).

Simplified: the place a handle was made is the first line outside tinyloop; for a handle the loop made on
its own behalf, asyncio shows a line of its own code (a path on the machine's asyncio).
"""

import contextvars
import functools
import reprlib
import sys
import types

from . import exceptions, runframes
from .versions import active, since


def format_callback(callback, args, *, debug=False):
    """``print(1)`` / ``work() at file.py:3``: how asyncio shows a callback in reprs and reports
    (a partial's own arguments come after: ``work(1)(2)``).  From 3.13 the arguments are shown only
    in debug mode, since they may hold secrets (``versions.callback_arguments_hidden``)."""
    suffix, keywords = "", {}
    while isinstance(callback, functools.partial):
        suffix = _format_arguments(args, keywords, debug) + suffix
        args, keywords, callback = callback.args, callback.keywords, callback.func
    name = getattr(callback, "__qualname__", None) or getattr(callback, "__name__", None) or repr(callback)
    text = name + _format_arguments(args, keywords, debug) + suffix
    source = _unwrapped(callback)
    # Only a plain function has a place to show, as in asyncio: a bound method does not (the program's
    # own ``loop.call_soon(obj.method)`` shows as ``A.method()``), nor does a builtin or a callable object.
    if isinstance(source, types.FunctionType):
        text += f" at {source.__code__.co_filename}:{source.__code__.co_firstlineno}"
    return text


def outside_tinyloop(frame):
    """The first frame from ``frame`` outward that is not tinyloop's own (the program's, as asyncio's own
    frames are skipped when it points a warning or a handle at a line), and how many of tinyloop's it passed."""
    passed = 0
    while frame is not None and frame.f_globals.get("__name__", "").startswith("quizzer.tinyloop"):
        frame, passed = frame.f_back, passed + 1
    return frame, passed


def _unwrapped(function):
    """The function a ``functools.wraps`` decorator (or a chain of them) wraps, as ``inspect.unwrap`` finds it:
    its file and line are the ones shown."""
    seen = {id(function)}
    while (inner := getattr(function, "__wrapped__", None)) is not None and id(inner) not in seen:
        seen.add(id(inner))
        function = inner
    return function


def _format_arguments(args, keywords, debug):
    # With no argument the versions show the same "()": only otherwise is the version asked.
    if not args and not keywords or not debug and active.callback_arguments_hidden:
        return "()"
    items = [reprlib.repr(arg) for arg in args] + [f"{key}={reprlib.repr(value)}" for key, value in keywords.items()]
    return f"({', '.join(items)})"


class Handle:
    """A callback with its arguments and context, waiting in the ready queue."""

    __module__ = "asyncio.events"

    # Debug mode only, and left unset otherwise: ``_source`` (where the program made it, see ``note_source``)
    # and ``_repr`` (the repr it had when cancelled).
    __slots__ = ("_callback", "_args", "_context", "_loop", "_cancelled", "_source", "_repr", "__weakref__")

    def __init__(self, callback, args, loop, context=None):
        self._callback = callback
        self._args = args
        self._context = contextvars.copy_context() if context is None else context
        self._loop = loop
        self._cancelled = False

    def __repr__(self):
        kept = getattr(self, "_repr", None)
        if kept is not None:
            return kept
        info = [type(self).__name__]
        if self._cancelled:
            info.append("cancelled")
        info.extend(self._repr_details())
        if self._callback is not None:
            info.append(format_callback(self._callback, self._args, debug=self._loop.get_debug()))
        source = getattr(self, "_source", None)
        if source is not None:
            info.append(f"created at {source}")
        return f"<{' '.join(info)}>"

    def note_source(self):
        """Debug mode: remember the line outside tinyloop that made this handle (the program's call_soon)."""
        frame, _ = outside_tinyloop(sys._getframe(1))
        if frame is not None:
            self._source = f"{frame.f_code.co_filename}:{frame.f_lineno}"

    def _repr_details(self):
        return []

    def cancel(self):
        """Make sure the callback is not called (a no-op if it already ran)."""
        if not self._cancelled:
            self._cancelled = True
            if self._loop.get_debug():
                self._repr = repr(self)
            # Drop references early: a cancelled handle may sit in the queue for a while.
            self._callback = None
            self._args = None

    def cancelled(self):
        return self._cancelled

    @since("get_context")
    def get_context(self):
        return self._context

    def _run(self):
        if self._cancelled:
            return  # asyncio skips cancelled handles when their turn comes
        args = self._args
        try:
            if len(args) == 1:
                # The usual callback, a done callback given its future: called without unpacking
                # the arguments, which would build a list, a tuple and a bound method first.
                self._context.run(self._callback, args[0])
            else:
                self._context.run(self._callback, *args)
        except exceptions.ESCAPING:
            raise
        except BaseException as exc:
            # Like asyncio, an exception in a plain callback is reported, not propagated.  The context is
            # a local, as in asyncio: the exception's traceback holds this frame, so the exception, this
            # handle and its arguments live until a garbage collection (a cycle).
            context = {
                "message": "Exception in callback "
                           + format_callback(self._callback, self._args, debug=self._loop.get_debug()),
                "exception": exc,
                "handle": self,
            }
            frames = getattr(self._loop, "_run_frames", None)   # within run_until_complete
            if frames is not None:
                # asyncio's frame of this method outlives the call in that cycle, and keeps the run's frames
                # below it on every version (see runframes.py).
                runframes.hold(exc, frames.through_callbacks)
            self._loop.call_exception_handler(context)


class TimerHandle(Handle):
    """A handle with a deadline (``when``, in loop time), kept in the loop's timer heap.

    ``sort_key`` orders the heap: ``(when, late, moment)`` from the loop's clock, which
    breaks ties between equal deadlines as a real clock would (see clock.py).

    A program may compare timer handles too.  asyncio compares their deadlines, which on a real clock
    differ when they were read at different moments: here the sort keys, which tell such deadlines
    apart the same way.  Two handles are equal when their deadlines, callbacks, arguments and
    cancelled states are (so ``a <= b`` is false for two callbacks due at the same moment), and hash
    by their deadline.
    """

    __module__ = "asyncio.events"

    __slots__ = ("_when", "_sort_key", "_scheduled")

    def __init__(self, when, callback, args, loop, context=None, sort_key=None):
        super().__init__(callback, args, loop, context)
        self._when = when
        self._sort_key = (when, 0, 0) if sort_key is None else sort_key
        self._scheduled = False   # True while the handle sits in the loop's timer heap

    def __lt__(self, other):
        # The timer heap compares handles, like asyncio's; equal keys tie (heap order decides).
        try:
            return self._sort_key < other._sort_key
        except AttributeError:
            return NotImplemented

    def __gt__(self, other):
        if isinstance(other, TimerHandle):
            return self._sort_key > other._sort_key
        return NotImplemented

    def __le__(self, other):
        if isinstance(other, TimerHandle):
            return self._sort_key < other._sort_key or self.__eq__(other)
        return NotImplemented

    def __ge__(self, other):
        if isinstance(other, TimerHandle):
            return self._sort_key > other._sort_key or self.__eq__(other)
        return NotImplemented

    def __eq__(self, other):
        if isinstance(other, TimerHandle):
            return (self._sort_key == other._sort_key and self._callback == other._callback
                    and self._args == other._args and self._cancelled == other._cancelled)
        return NotImplemented

    def __hash__(self):
        return hash(self._when)

    def _repr_details(self):
        return [f"when={self._when}"]

    def when(self):
        return self._when

    def cancel(self):
        if not self._cancelled and self._scheduled:
            # Cancelled timers are removed from the heap lazily; the loop counts them to decide
            # when a clean-up is worth it.
            self._loop._timer_cancelled()
        super().cancel()
