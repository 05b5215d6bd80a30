"""Which loop is running, ``asyncio.run`` and ``asyncio.Runner`` (asyncio's ``runners`` and parts
of ``events``).

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

Simplified: one thread only (the running loop is a module global, not thread-local); no SIGINT
handling; no event loop policies.  When the loop deadlocks or meets an unsupported API, step 1-3
are skipped: real asyncio would hang or not run at all, so no more program code should run.
"""

import threading
from contextvars import copy_context

from . import exceptions

_running_loop = None   # the loop inside run_forever(), if any
_current_loop = None   # the loop set by set_event_loop() (what get_event_loop() returns outside a loop)
_set_called = False    # set_event_loop() was called: get_event_loop() no longer creates loops
_loop_class = None     # found on first use by new_event_loop()


def _get_running_loop():
    return _running_loop


def _set_running_loop(loop):
    global _running_loop
    _running_loop = loop


def get_running_loop():
    loop = _running_loop
    if loop is None:
        raise RuntimeError("no running event loop")
    return loop


def get_event_loop():
    """The running loop; outside one, the current loop, created on first use (3.11 behaviour)."""
    loop = _running_loop
    if loop is not None:
        return loop
    if _current_loop is None and not _set_called:
        set_event_loop(new_event_loop())
    if _current_loop is None:
        raise RuntimeError(
            f"There is no current event loop in thread {threading.current_thread().name!r}.")
    return _current_loop


_get_event_loop = get_event_loop


def set_event_loop(loop):
    global _current_loop, _set_called
    _set_called = True
    _current_loop = loop


def new_event_loop():
    """A new loop: the I/O-capable ``sockets.EventLoop`` when that module exists, else the core
    (``trace.enable()`` substitutes a recording subclass)."""
    global _loop_class
    if _loop_class is None:
        _loop_class = _default_loop_class()
    return _loop_class()


def _default_loop_class():
    try:
        from .sockets import EventLoop
    except ModuleNotFoundError as missing:
        if missing.name != f"{__package__}.sockets":
            raise
        from .loop import BaseLoop
        return BaseLoop
    return EventLoop


class Runner:
    """``asyncio.Runner`` (new in 3.11): a loop kept open across several ``run()`` calls.

    ``with asyncio.Runner() as runner: runner.run(a()); runner.run(b())`` runs both coroutines on
    the same loop; leaving the block does ``asyncio.run``'s clean-up.  The loop is made lazily
    (by ``__enter__``, ``get_loop()`` or the first ``run()``) together with one contextvars
    context that every ``run()`` without ``context=`` shares: a variable set in one run is seen
    by the next.  Not modelled: the SIGINT handler (tinyloop has no signals).
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
        from .tasks import iscoroutine
        if not iscoroutine(coro):
            raise ValueError(f"a coroutine was expected, got {coro!r}")
        if _running_loop is not None:
            raise RuntimeError("Runner.run() cannot be called from a running event loop")
        self._lazy_init()
        loop = self._loop
        task = loop.create_task(coro, context=self._context if context is None else context)
        try:
            return loop.run_until_complete(task)
        except (exceptions.Deadlock, exceptions.Unsupported):
            # No more program code may run, and the tasks left behind are not worth reporting.
            self._wedged = True
            task._log_traceback = False
            from .tasks import _pending_tasks
            for pending in _pending_tasks(loop):
                pending._log_destroy_pending = False
            raise

    def close(self):
        """Cancel the tasks left, close async generators, close the loop (once)."""
        if self._state != "initialized":
            return
        loop = self._loop
        try:
            if not self._wedged:
                from .tasks import _pending_tasks
                _cancel_all_tasks(loop, _pending_tasks(loop))
                loop.run_until_complete(loop.shutdown_asyncgens())
                loop.run_until_complete(loop.shutdown_default_executor())
        finally:
            if self._set_event_loop:
                set_event_loop(None)
            loop.close()
            self._loop = None
            self._state = "closed"

    def _lazy_init(self):
        if self._state == "closed":
            raise RuntimeError("Runner is closed")
        if self._state == "initialized":
            return
        if self._loop_factory is None:
            self._loop = new_event_loop()
            if not self._set_event_loop:
                set_event_loop(self._loop)
                self._set_event_loop = True
        else:
            self._loop = self._loop_factory()
        if self._debug is not None:
            self._loop.set_debug(self._debug)
        self._context = copy_context()
        self._state = "initialized"


def run(main, *, debug=None):
    """Run the coroutine ``main`` on a new loop, then clean up (see the module docstring).

    As in asyncio 3.11 this is a ``Runner``: the loop exists (and is cleaned up, which runs two
    tasks) even when ``main`` turns out not to be a coroutine, so that mistake still uses up two
    ``Task-N`` numbers."""
    if _running_loop is not None:
        raise RuntimeError("asyncio.run() cannot be called from a running event loop")
    with Runner(debug=debug) as runner:
        return runner.run(main)


def _cancel_all_tasks(loop, to_cancel):
    from .combinators import gather
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
