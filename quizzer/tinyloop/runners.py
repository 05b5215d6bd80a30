"""Which loop is running, and ``asyncio.run`` (asyncio's ``runners`` and parts of ``events``).

``asyncio.run(main())`` creates a fresh loop, runs ``main()`` as the first task (``Task-1`` in a
fresh process) until it is done, then cleans up exactly as asyncio 3.11 does — and the clean-up
is visible in a program's output:

1. every task still pending is cancelled, and the loop runs until they have all finished (their
   ``except CancelledError`` / ``finally`` blocks run now);
2. async generators still alive are closed (``shutdown_asyncgens``, run as a task);
3. the default executor is shut down (tinyloop has none, but the step still runs as a task and
   takes a ``Task-N`` number, as in asyncio);
4. the loop is closed and the "current loop" is reset to None.

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


def run(main, *, debug=None):
    """Run the coroutine ``main`` on a new loop, then clean up (see the module docstring)."""
    if _running_loop is not None:
        raise RuntimeError("asyncio.run() cannot be called from a running event loop")
    from .tasks import _pending_tasks, iscoroutine
    if not iscoroutine(main):
        raise ValueError(f"a coroutine was expected, got {main!r}")
    loop = new_event_loop()
    set_event_loop(loop)
    if debug is not None:
        loop.set_debug(debug)
    wedged = False
    try:
        task = loop.create_task(main, context=copy_context())
        return loop.run_until_complete(task)
    except (exceptions.Deadlock, exceptions.Unsupported):
        # No more program code may run, and the tasks left behind are not worth reporting.
        wedged = True
        task._log_traceback = False
        for pending in _pending_tasks(loop):
            pending._log_destroy_pending = False
        raise
    finally:
        try:
            if not wedged:
                _cancel_all_tasks(loop, _pending_tasks(loop))
                loop.run_until_complete(loop.shutdown_asyncgens())
                loop.run_until_complete(loop.shutdown_default_executor())
        finally:
            set_event_loop(None)
            loop.close()


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
