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

Simplified: one thread only (the running loop is a module global, not thread-local), and no event
loop policies: ``new_event_loop()`` makes an instance of the default loop class, which the package
sets when it is imported (``set_default_loop_class``: the I/O-capable loop of ``io/sockets.py``).
"""

import sys
import threading
import warnings

from .versions import active

_running_loop = None        # the loop inside run_forever(), if any
_current_loop = None        # the loop set by set_event_loop() (what get_event_loop() returns outside a loop)
_set_called = False         # set_event_loop() was called: get_event_loop() no longer creates loops
_default_loop_class = None  # what new_event_loop() makes (set by the package's __init__)


class AbstractEventLoop:
    """``asyncio.AbstractEventLoop``: only here for ``isinstance`` checks and type hints."""

    __module__ = "asyncio.events"


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
    """The running loop; outside one, the current loop, created on first use."""
    loop = _running_loop
    if loop is not None:
        return loop
    if _current_loop is None and not _set_called:
        if active.get_event_loop_warns:
            warnings.warn("There is no current event loop", DeprecationWarning, stacklevel=_program_level())
        set_event_loop(new_event_loop())
    if _current_loop is None:
        raise RuntimeError(
            f"There is no current event loop in thread {threading.current_thread().name!r}.")
    return _current_loop


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
    global _current_loop, _set_called
    _set_called = True
    _current_loop = loop


def new_event_loop():
    """A new loop of the default class."""
    return _default_loop_class()


def set_default_loop_class(loop_class):
    """Make ``new_event_loop()`` (and so ``asyncio.run``) create ``loop_class`` instances."""
    global _default_loop_class
    _default_loop_class = loop_class
