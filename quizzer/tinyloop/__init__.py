"""tinyloop: a small, readable, deterministic re-implementation of asyncio (CPython 3.11).

Programs written for ``asyncio`` run unchanged on it (``install()`` puts this package in
``sys.modules["asyncio"]``) and print the same lines in the same order, for the subset of asyncio
modelled here.  Reading order for a student:

1. ``handles.py``  — a callback waiting to be called;
2. ``futures.py``  — a result that arrives later, and its done callbacks;
3. ``tasks.py``    — a coroutine driven step by step;
4. ``loop.py``     — the ready queue, the timers, the virtual clock: the event loop itself;
5. ``runners.py``  — ``asyncio.run``;
6. the library built on those: ``combinators.py`` (gather, wait, wait_for, ...), ``timeouts.py``,
   ``taskgroups.py``, ``locks.py``, ``queues.py``; and ``trace.py``, which records a run.

Anything real asyncio has but tinyloop does not model raises ``Unsupported`` (a BaseException);
a program that can never make progress again raises ``Deadlock`` instead of hanging.
"""

import importlib
import sys

from . import exceptions
from .combinators import (ALL_COMPLETED, FIRST_COMPLETED, FIRST_EXCEPTION, as_completed, gather,
                          shield, wait, wait_for)
from .exceptions import (BrokenBarrierError, CancelledError, Deadlock, IncompleteReadError,
                         InvalidStateError, LimitOverrunError, SendfileNotAvailableError,
                         TimeoutError, Unsupported)
from .futures import Future, isfuture
from .handles import Handle, TimerHandle
from .locks import Barrier, BoundedSemaphore, Condition, Event, Lock, Semaphore
from .loop import AbstractEventLoop, BaseLoop, last_run_stats
from .loop import BaseLoop as BaseEventLoop
from .queues import LifoQueue, PriorityQueue, Queue, QueueEmpty, QueueFull
from .runners import (Runner, _get_running_loop, _set_running_loop, get_event_loop,
                      get_running_loop, new_event_loop, run, set_event_loop)
from .taskgroups import TaskGroup
from .tasks import (Task, all_tasks, create_task, current_task, ensure_future, iscoroutine,
                    iscoroutinefunction, sleep)
from .timeouts import Timeout, timeout, timeout_at

__all__ = (
    "ALL_COMPLETED", "FIRST_COMPLETED", "FIRST_EXCEPTION", "AbstractEventLoop", "BaseEventLoop",
    "Barrier", "BoundedSemaphore", "BrokenBarrierError", "CancelledError",
    "Condition", "Event", "Future", "Handle", "IncompleteReadError", "InvalidStateError",
    "LifoQueue", "LimitOverrunError", "Lock", "PriorityQueue", "Queue", "QueueEmpty", "QueueFull",
    "Runner", "Semaphore", "SendfileNotAvailableError", "Task", "TaskGroup", "Timeout", "TimeoutError",
    "TimerHandle", "all_tasks", "as_completed", "create_task", "current_task", "ensure_future",
    "gather", "get_event_loop", "get_running_loop", "iscoroutine", "iscoroutinefunction",
    "isfuture", "new_event_loop", "run", "set_event_loop", "shield", "sleep", "timeout",
    "timeout_at", "wait", "wait_for",
    "open_connection", "start_server", "StreamReader", "StreamWriter",  # loaded on first use
)  # what `from asyncio import *` gives; tinyloop's own names are imported explicitly

# Modules a program may reach as ``asyncio.<name>`` (e.g. ``asyncio.exceptions.CancelledError``).
_SUBMODULES = ("exceptions", "futures", "tasks", "locks", "queues", "timeouts", "taskgroups",
               "runners")
# Provided by the I/O layer (streams.py), imported only when a program asks for them.
_STREAM_NAMES = frozenset({"open_connection", "start_server", "StreamReader", "StreamWriter",
                           "Server", "streams", "BaseProtocol", "Protocol", "AbstractServer",
                           "BaseTransport", "ReadTransport", "WriteTransport", "Transport"})


def __getattr__(name):
    """Names real asyncio has but tinyloop lacks raise Unsupported; others AttributeError."""
    if name in _STREAM_NAMES:
        streams = _streams_module()
        if streams is not None:
            value = streams if name == "streams" else getattr(streams, name)
            globals()[name] = value
            return value
    if name in exceptions.ASYNCIO_MODULE_NAMES or name in _STREAM_NAMES:
        raise Unsupported(f"asyncio.{name}")
    raise AttributeError(f"module 'asyncio' has no attribute {name!r}")


def install(virtual_time=True):
    """Make ``import asyncio`` (and ``asyncio.exceptions`` etc.) give tinyloop.  With
    ``virtual_time``, the ``time`` module follows the virtual clock too (see
    ``virtualtime.py``): a program timing itself prints what it would print under real asyncio."""
    if virtual_time:
        from .loop import block_running_loop
        from .virtualtime import use_virtual_time_in_time_module
        use_virtual_time_in_time_module(block_running_loop)
    import atexit
    from .loop import finalize_at_exit
    atexit.register(finalize_at_exit)  # runs after the program's own handlers, as shutdown does
    package = sys.modules[__name__]
    sys.modules["asyncio"] = package
    for submodule in _SUBMODULES:
        sys.modules[f"asyncio.{submodule}"] = sys.modules[f"{__name__}.{submodule}"]
    streams = _streams_module()
    if streams is not None:
        sys.modules["asyncio.streams"] = streams
    return package


def _streams_module():
    """The I/O layer's streams module, or None if it is not there."""
    try:
        return importlib.import_module(f"{__name__}.streams")
    except ModuleNotFoundError as missing:
        if missing.name != f"{__name__}.streams":
            raise
        return None
