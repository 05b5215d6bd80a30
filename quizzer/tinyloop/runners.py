"""``asyncio.run`` and ``asyncio.Runner`` (asyncio's ``runners`` module).

``asyncio.run(main())`` creates a fresh loop, runs ``main()`` as the first task (``Task-1`` in a
fresh process) until it is done, then cleans up exactly as asyncio 3.11 does — and the clean-up
is visible in a program's output:

1. every task still pending is cancelled, and the loop runs until they have all finished (their
   ``except CancelledError`` / ``finally`` blocks run now);
2. async generators still alive are closed (``shutdown_asyncgens``, run as a task);
3. the default executor is shut down (tinyloop has none, but the step still runs as a task and
   takes a ``Task-N`` number, as in asyncio);
4. the loop is closed and the "current loop" is reset to None.

``asyncio.run`` is ``with Runner() as runner: runner.run(main)``: a ``Runner`` keeps one loop for
several ``run()`` calls and does the clean-up above when its ``with`` block ends.

While ``main()`` runs, Ctrl-C (SIGINT) cancels it instead of raising ``KeyboardInterrupt`` wherever
the program happens to be: ``main()`` may clean up, and once it has finished cancelled,
``asyncio.run`` raises ``KeyboardInterrupt``.  A second Ctrl-C raises ``KeyboardInterrupt`` at once.
This is a plain ``signal.signal`` handler, installed only if SIGINT still has Python's default one
(and only in the main thread), and removed after the run.

Simplified: when the loop deadlocks or meets an unsupported API, step 1-3
are skipped: real asyncio would hang or not run at all, so no more program code should run.
"""

import functools
import signal
import threading
from contextvars import copy_context

from . import events, exceptions
from .gathering import gather
from .tasks import iscoroutine
from .versions import active

_NOT_GIVEN = object()  # a keyword argument the modelled version may not have


class Runner:
    """``asyncio.Runner`` (new in 3.11): a loop kept open across several ``run()`` calls.

    ``with asyncio.Runner() as runner: runner.run(a()); runner.run(b())`` runs both coroutines on
    the same loop; leaving the block does ``asyncio.run``'s clean-up.  The loop is made lazily
    (by ``__enter__``, ``get_loop()`` or the first ``run()``) together with one contextvars
    context that every ``run()`` without ``context=`` shares: a variable set in one run is seen
    by the next.  Each ``run()`` handles Ctrl-C as the module docstring says.
    """

    __module__ = "asyncio.runners"

    def __init__(self, *, debug=None, loop_factory=None):
        self._state = "created"       # -> "initialized" (loop made) -> "closed"
        self._debug = debug
        self._loop_factory = loop_factory
        self._loop = None
        self._context = None
        self._set_event_loop = False  # we made our loop the current loop: reset it on close
        self._wedged = False          # the loop deadlocked or hit Unsupported: no clean-up
        self._interrupts = 0          # SIGINTs received during the current run()

    def __enter__(self):
        self._lazy_init()
        return self

    def __exit__(self, exc_type, exc_val, exc_tb):
        self.close()

    def get_loop(self):
        self._lazy_init()
        return self._loop

    def run(self, coro, *, context=None):
        """Run ``coro`` as a task of our loop until it is done; return its result."""
        if not iscoroutine(coro):
            raise ValueError(f"a coroutine was expected, got {coro!r}")
        if events._get_running_loop() is not None:
            raise RuntimeError("Runner.run() cannot be called from a running event loop")
        self._lazy_init()
        loop = self._loop
        task = loop.create_task(coro, context=self._context if context is None else context)
        on_sigint = self._catch_sigint(task)
        self._interrupts = 0
        try:
            return loop.run_until_complete(task)
        except exceptions.CancelledError:
            # Cancelled by Ctrl-C (and by nothing else still in force): the interrupt goes on.
            uncancel = getattr(task, "uncancel", None)  # a task factory's task may lack it
            if self._interrupts and uncancel is not None and uncancel() == 0:
                raise KeyboardInterrupt()  # noqa: B904 - chained to the cancellation, as in asyncio
            raise
        except (exceptions.Deadlock, exceptions.Unsupported):
            # No more program code may run, and the tasks left behind are not worth reporting.
            self._wedged = True
            task._log_traceback = False
            for pending in loop._pending_tasks():
                pending._log_destroy_pending = False
            raise
        finally:
            if on_sigint is not None and signal.getsignal(signal.SIGINT) is on_sigint:
                signal.signal(signal.SIGINT, signal.default_int_handler)
            task = coro = on_sigint = None  # as in run_until_complete: a traceback may keep this frame

    def _catch_sigint(self, main_task):
        """Install the Ctrl-C handler for a run of ``main_task``, if SIGINT is Python's default; return it."""
        if (threading.current_thread() is not threading.main_thread()
                or signal.getsignal(signal.SIGINT) is not signal.default_int_handler):
            return None
        on_sigint = functools.partial(self._on_sigint, main_task=main_task)
        try:
            signal.signal(signal.SIGINT, on_sigint)
        except ValueError:  # an embedded interpreter whose main thread takes no signals
            return None
        return on_sigint

    def _on_sigint(self, signum, frame, main_task):
        self._interrupts += 1
        if self._interrupts == 1 and not main_task.done():
            main_task.cancel()
            self._loop.call_soon_threadsafe(lambda: None)  # wakes a loop waiting in select, as asyncio's
            return
        raise KeyboardInterrupt()

    def close(self):
        """Cancel the tasks left, close async generators, close the loop (once)."""
        if self._state != "initialized":
            return
        loop = self._loop
        try:
            if not self._wedged:
                _cancel_all_tasks(loop, loop._pending_tasks())
                loop.run_until_complete(loop.shutdown_asyncgens())
                loop.run_until_complete(loop.shutdown_default_executor())
        finally:
            if self._set_event_loop:
                events.set_event_loop(None)
            loop.close()
            self._loop = None
            self._state = "closed"

    def _lazy_init(self):
        if self._state == "closed":
            raise RuntimeError("Runner is closed")
        if self._state == "initialized":
            return
        if self._loop_factory is None:
            self._loop = events.new_event_loop()
            if not self._set_event_loop:
                events.set_event_loop(self._loop)
                self._set_event_loop = True
        else:
            self._loop = self._loop_factory()
        if self._debug is not None:
            self._loop.set_debug(self._debug)
        self._context = copy_context()
        self._state = "initialized"


def run(main, *, debug=None, loop_factory=_NOT_GIVEN):
    """Run the coroutine ``main`` on a new loop (made by ``loop_factory``, from 3.12), then clean up
    (see the module docstring).

    As in asyncio this is a ``Runner``: the loop exists (and is cleaned up, which runs two tasks)
    even when ``main`` turns out not to be a coroutine, so that mistake still uses up two
    ``Task-N`` numbers."""
    if loop_factory is _NOT_GIVEN:
        loop_factory = None
    elif not active.run_loop_factory:
        raise TypeError("run() got an unexpected keyword argument 'loop_factory'")
    if events._get_running_loop() is not None:
        raise RuntimeError("asyncio.run() cannot be called from a running event loop")
    with Runner(debug=debug, loop_factory=loop_factory) as runner:
        return runner.run(main)


def _cancel_all_tasks(loop, to_cancel):
    if not to_cancel:
        return
    for task in to_cancel:
        task.cancel()
    loop.run_until_complete(gather(*to_cancel, return_exceptions=True))
    for task in to_cancel:
        if task.cancelled():
            continue
        if task.exception() is not None:
            loop.call_exception_handler({
                "message": "unhandled exception during asyncio.run() shutdown",
                "exception": task.exception(),
                "task": task,
            })
    # The tasks' tracebacks keep this frame from 3.12 (f_back): let it hold none of them, so that what
    # outlives the run does not depend on the Python tinyloop runs on.
    to_cancel = task = None
