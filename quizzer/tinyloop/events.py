"""Which loop is running, and which loop is current (asyncio's ``events`` module, without
policies).

Everything above this module asks it for "the loop": futures bind to it, ``asyncio.sleep`` and
the library schedule on it, ``asyncio.run`` sets it.  It sits below futures, tasks and the loop
itself so that all of them can import it, and it imports nothing of theirs.

* ``get_running_loop()``: the loop inside ``run_forever()`` (``run_until_complete`` and
  ``asyncio.run`` go through it), else RuntimeError;
* ``get_event_loop()``: the running loop; outside one, the *current* loop, created on first use
  (3.12 and 3.13 warn with a DeprecationWarning when they create it; 3.14 refuses);
* ``set_event_loop(loop)`` / ``new_event_loop()``.

Both are per thread, as in asyncio: a worker thread (``to_thread``, ``run_in_executor``) has no
running loop (``get_running_loop()`` raises there) and no current loop (``get_event_loop()`` creates
one only in the main thread, so in a worker it raises "There is no current event loop in thread
'asyncio_0'.", on every version, without a warning).

Simplified: no event loop policies: ``new_event_loop()`` makes an instance of the default loop
class, which the package sets when it is imported (``set_default_loop_class``: the I/O-capable loop
of ``io/sockets.py``).  Of the policy, only its child watcher lives here (``child_watcher``), because
``set_event_loop()`` in the main thread attaches it to the new current loop (io/childwatchers.py).
"""

import sys
import threading
import warnings

from .versions import active


class _ThreadState(threading.local):
    running_loop = None     # the loop inside run_forever() in this thread, if any
    current_loop = None     # the loop set by set_event_loop() (what get_event_loop() returns outside a loop)
    set_called = False      # set_event_loop() was called: get_event_loop() no longer creates loops


_this_thread = _ThreadState()  # per thread: which loop runs here, which is current here
_running_loops = {}            # thread ident -> the loop running in it, for running_loop_of_any_thread()
_default_loop_class = None     # what new_event_loop() makes (set by the package's __init__)
child_watcher = None           # the policy's child watcher, once made or set (io/childwatchers.py)


class AbstractEventLoop:
    """``asyncio.AbstractEventLoop``: only here for ``isinstance`` checks and type hints."""

    __module__ = "asyncio.events"


def _get_running_loop():
    return _this_thread.running_loop


def _set_running_loop(loop):
    _this_thread.running_loop = loop
    if loop is None:
        _running_loops.pop(threading.get_ident(), None)
    else:
        _running_loops[threading.get_ident()] = loop


def running_loop_of_any_thread():
    """For tinyloop's own machinery in a worker thread (a virtual ``time.sleep``): the loop
    running in the main thread if one is, else some running loop, else None."""
    loops = dict(_running_loops)
    return loops.get(threading.main_thread().ident) or next(iter(loops.values()), None)


def threads_running_a_loop():
    """The idents of the threads in which a loop runs now (threads.py: those run on a clock of their own)."""
    return set(_running_loops)


def running_loops():
    """The loops running now, in any thread."""
    return list(_running_loops.values())


def get_running_loop():
    loop = _this_thread.running_loop
    if loop is None:
        raise RuntimeError("no running event loop")
    return loop


def get_event_loop():
    """The running loop; outside one, the current loop, created on first use (main thread only)."""
    here = _this_thread
    if here.running_loop is not None:
        return here.running_loop
    if here.current_loop is None and not here.set_called and threading.current_thread() is threading.main_thread():
        if active.get_event_loop_warns:
            warnings.warn("There is no current event loop", DeprecationWarning, stacklevel=_program_level())
        set_event_loop(new_event_loop())
    if here.current_loop is None:
        raise RuntimeError(
            f"There is no current event loop in thread {threading.current_thread().name!r}.")
    return here.current_loop


def _program_level():
    """The ``stacklevel`` that points a warning at the program's line that called into tinyloop
    (asyncio walks up past its own frames the same way)."""
    level, frame = 2, sys._getframe(2)
    while frame is not None and frame.f_globals.get("__name__", "").startswith("quizzer.tinyloop"):
        level, frame = level + 1, frame.f_back
    return level


# What tinyloop's own code calls where asyncio calls its private events._get_event_loop().
_get_event_loop = get_event_loop


def set_event_loop(loop):
    """Make ``loop`` this thread's current loop; in the main thread, attach the child watcher (if
    one was made or set) to it, as asyncio's Unix policy does."""
    _this_thread.set_called = True
    _this_thread.current_loop = loop
    if child_watcher is not None and threading.current_thread() is threading.main_thread():
        child_watcher.attach_loop(loop)


def new_event_loop():
    """A new loop of the default class."""
    return _default_loop_class()


def set_default_loop_class(loop_class):
    """Make ``new_event_loop()`` (and so ``asyncio.run``) create ``loop_class`` instances."""
    global _default_loop_class
    _default_loop_class = loop_class
