"""tinyloop: a small, readable, deterministic re-implementation of asyncio (CPython 3.11).

Programs written for ``asyncio`` run unchanged on it (``install()`` puts this package in
``sys.modules["asyncio"]``) and print the same lines in the same order, for the subset of asyncio
modelled here.  Reading order for a student, first sitting (the core, then the library):

1. ``handles.py``  — a callback waiting to be called;
2. ``events.py``   — which loop is running (everything else asks it);
3. ``futures.py``  — a result that arrives later, and its done callbacks;
4. ``tasks.py``    — a coroutine driven step by step;
5. ``loop.py``     — the ready queue, the timers, one iteration: the event loop itself, with
   ``clock.py``, its virtual clock;
6. ``runners.py``  — ``asyncio.run``;
7. the library built on those: ``gathering.py`` (gather), ``combinators.py`` (wait, wait_for,
   ...), ``timeouts.py``, ``taskgroups.py``, ``locks.py``, ``queues.py``; and ``trace.py``,
   which records a run.

Second sitting, the I/O layer (``io/``):

1. ``sockets.py``    — ``sock_recv`` & co. and ``EventLoop``, the loop that waits on sockets;
2. ``protocols.py``  — what a transport calls when something happens;
3. ``transports.py`` — one connected socket and its write buffer, reporting to a protocol;
4. ``servers.py``    — ``create_connection``, ``create_server`` and ``Server``;
5. ``streams.py``    — ``open_connection``, ``start_server``, ``StreamReader``, ``StreamWriter``.

Imports run one way, down this list: ``exceptions`` → ``handles`` → ``events`` → ``futures`` →
``tasks`` → ``loop`` → ``runners`` → library → I/O (``tests/test_layering.py`` checks it).

Anything real asyncio has but tinyloop does not model raises ``Unsupported`` (a BaseException);
a program that can never make progress again raises ``Deadlock`` instead of hanging.
"""

import atexit
import sys
import types

from . import (
    base_events,
    coroutines,
    events,
    exceptions,
    futures,
    locks,
    queues,
    runners,
    taskgroups,
    tasks,
    threads,
    timeouts,
    versions,
)
from .combinators import ALL_COMPLETED, FIRST_COMPLETED, FIRST_EXCEPTION, as_completed, shield, wait, wait_for
from .events import (
    AbstractEventLoop,
    AbstractEventLoopPolicy,
    _get_running_loop,
    _set_running_loop,
    get_child_watcher,
    get_event_loop,
    get_event_loop_policy,
    get_running_loop,
    new_event_loop,
    set_child_watcher,
    set_event_loop,
    set_event_loop_policy,
)
from .exceptions import (
    BrokenBarrierError,
    CancelledError,
    IncompleteReadError,
    InvalidStateError,
    LimitOverrunError,
    SendfileNotAvailableError,
    TimeoutError,
    Unsupported,
)
from .exceptions import Deadlock as Deadlock  # tinyloop's own, for its callers: not in __all__
from .futures import Future, isfuture
from .gathering import gather
from .handles import Handle, TimerHandle
from .io import childwatchers, sockets, streams, subprocesses
from .io.childwatchers import (
    AbstractChildWatcher,
    FastChildWatcher,
    MultiLoopChildWatcher,
    PidfdChildWatcher,
    SafeChildWatcher,
    ThreadedChildWatcher,
)
from .io.childwatchers import _UnixDefaultEventLoopPolicy as DefaultEventLoopPolicy
from .io.datagrams import DatagramTransport
from .io.protocols import BaseProtocol, BufferedProtocol, DatagramProtocol, Protocol, SubprocessProtocol
from .io.servers import AbstractServer, Server
from .io.sockets import EventLoop as SelectorEventLoop
from .io.streams import (
    StreamReader,
    StreamReaderProtocol,
    StreamWriter,
    open_connection,
    open_unix_connection,
    start_server,
    start_unix_server,
)
from .io.subprocesses import create_subprocess_exec, create_subprocess_shell
from .io.transports import BaseTransport, ReadTransport, SubprocessTransport, Transport, WriteTransport
from .locks import Barrier, BoundedSemaphore, Condition, Event, Lock, Semaphore
from .loop import BaseLoop as BaseEventLoop
from .loop import BaseLoop as BaseLoop
from .loop import block_running_loop, finalize_at_exit
from .loop import last_run_stats as last_run_stats
from .queues import LifoQueue, PriorityQueue, Queue, QueueEmpty, QueueFull
from .runners import Runner, run
from .taskgroups import TaskGroup as TaskGroup
from .tasks import Task, all_tasks, create_task, current_task, ensure_future, iscoroutine, iscoroutinefunction, sleep
from .threads import run_coroutine_threadsafe, to_thread, wrap_future
from .timeouts import Timeout, timeout, timeout_at
from .virtualtime import use_virtual_time_in_time_module

# The default policy, made on first use, makes the loop that can also do I/O: new_event_loop() and so
# asyncio.run. (Set here: sockets.py imports childwatchers.py, through subprocesses.py.)
DefaultEventLoopPolicy._loop_factory = sockets.EventLoop
events.set_default_policy_class(DefaultEventLoopPolicy)

# What `from asyncio import *` gives: asyncio 3.11's __all__, of what tinyloop has (3.11 forgot
# TaskGroup).  Once install()ed, ``__all__`` is the modelled version's, computed when read (see
# _NAMES_SINCE and __getattr__); tests/tinyloop checks it against real asyncio.
__all__ = (
    "ALL_COMPLETED", "FIRST_COMPLETED", "FIRST_EXCEPTION", "AbstractChildWatcher", "AbstractEventLoop",
    "AbstractEventLoopPolicy", "AbstractServer", "BaseEventLoop", "BaseProtocol", "BaseTransport", "Barrier",
    "BoundedSemaphore",
    "BufferedProtocol",
    "BrokenBarrierError", "CancelledError", "Condition", "DatagramProtocol", "DatagramTransport",
    "DefaultEventLoopPolicy", "Event",
    "FastChildWatcher", "Future", "Handle",
    "IncompleteReadError", "InvalidStateError", "LifoQueue", "LimitOverrunError", "Lock",
    "MultiLoopChildWatcher", "PidfdChildWatcher", "PriorityQueue", "Protocol", "Queue", "QueueEmpty",
    "QueueFull", "ReadTransport", "Runner", "SafeChildWatcher", "SelectorEventLoop", "Semaphore",
    "SendfileNotAvailableError", "Server", "StreamReader", "StreamReaderProtocol", "StreamWriter",
    "SubprocessProtocol",
    "SubprocessTransport", "Task", "ThreadedChildWatcher",
    "Timeout", "TimeoutError", "TimerHandle", "Transport", "WriteTransport",
    "_get_running_loop", "_set_running_loop", "all_tasks", "as_completed", "create_subprocess_exec",
    "create_subprocess_shell", "create_task",
    "current_task", "ensure_future", "gather", "get_child_watcher", "get_event_loop", "get_event_loop_policy",
    "get_running_loop", "iscoroutine",
    "iscoroutinefunction", "isfuture", "new_event_loop", "open_connection", "open_unix_connection", "run",
    "run_coroutine_threadsafe", "set_child_watcher", "set_event_loop", "set_event_loop_policy", "shield", "sleep",
    "start_server",
    "start_unix_server", "timeout",
    "timeout_at", "to_thread", "wait", "wait_for", "wrap_future",
)

_ALL_OF_3_11 = __all__

# Every public name of asyncio 3.11's package (``dir(asyncio)``, less its stray ``sys``).  A name
# reaches __getattr__ below only if tinyloop does not define it, so the ones tinyloop lacks are
# exactly those that raise Unsupported; tests/tinyloop checks this list against real asyncio.
ASYNCIO_NAMES = frozenset("""
    ALL_COMPLETED AbstractChildWatcher AbstractEventLoop AbstractEventLoopPolicy AbstractServer
    Barrier BaseEventLoop BaseProtocol BaseTransport BoundedSemaphore BrokenBarrierError
    BufferedProtocol CancelledError Condition DatagramProtocol DatagramTransport
    DefaultEventLoopPolicy Event FIRST_COMPLETED FIRST_EXCEPTION FastChildWatcher Future Handle
    IncompleteReadError InvalidStateError LifoQueue LimitOverrunError Lock MultiLoopChildWatcher
    PidfdChildWatcher PriorityQueue Protocol Queue QueueEmpty QueueFull ReadTransport Runner
    SafeChildWatcher SelectorEventLoop Semaphore SendfileNotAvailableError Server StreamReader
    StreamReaderProtocol StreamWriter SubprocessProtocol SubprocessTransport Task TaskGroup
    ThreadedChildWatcher Timeout TimeoutError TimerHandle Transport WriteTransport all_tasks
    as_completed base_events base_futures base_subprocess base_tasks constants coroutines
    create_subprocess_exec create_subprocess_shell create_task current_task ensure_future events
    exceptions format_helpers futures gather get_child_watcher get_event_loop get_event_loop_policy
    get_running_loop iscoroutine iscoroutinefunction isfuture locks log mixins new_event_loop
    open_connection open_unix_connection protocols queues run run_coroutine_threadsafe runners
    selector_events set_child_watcher set_event_loop set_event_loop_policy shield sleep sslproto
    staggered start_server start_unix_server streams subprocess taskgroups tasks threads timeout
    timeout_at timeouts to_thread transports trsock unix_events wait wait_for wrap_future
""".split())

# Names later versions added to the package (and to ``__all__``), with the change that brought each:
# modelling an older version they do not exist (AttributeError, as there).  TaskGroup existed in
# 3.11 but joined ``__all__`` in 3.12.
_NAMES_SINCE = {
    "TaskGroup": "taskgroup_in_all",
    "create_eager_task_factory": "eager_tasks",
    "eager_task_factory": "eager_tasks",
    "EventLoop": "event_loop_alias",
    "QueueShutDown": "queue_shutdown",
}
_LATER_NAMES = {
    "create_eager_task_factory": lambda: tasks.create_eager_task_factory,
    "eager_task_factory": lambda: tasks.eager_task_factory,
    "EventLoop": lambda: sockets.EventLoop,
    "QueueShutDown": lambda: queues.QueueShutDown,
}


def _star_names():
    """``__all__`` of the modelled version."""
    return _ALL_OF_3_11 + tuple(name for name, change in _NAMES_SINCE.items() if getattr(versions.active, change))


# The modules a program may reach as ``asyncio.<name>`` (``asyncio.exceptions.CancelledError``,
# ``import asyncio.streams``): install() puts them in sys.modules under those names.
_SUBMODULES = {module.__name__.rpartition(".")[2]: module for module in (
    base_events, coroutines, events, exceptions, futures, locks, queues, runners, streams, taskgroups, tasks,
    threads, timeouts)}
_SUBMODULES["subprocess"] = subprocess = subprocesses  # asyncio.subprocess.PIPE, asyncio.subprocess.Process
# What asyncio defines in one of those modules and tinyloop in another (asyncio's gather is in tasks.py,
# tinyloop's in gathering.py; Handle is in asyncio's events.py): `from asyncio.tasks import gather` and
# `asyncio.events.TimerHandle` must find it where asyncio has it.
_ALSO_IN = {
    tasks: ("ALL_COMPLETED", "FIRST_COMPLETED", "FIRST_EXCEPTION", "as_completed", "gather",
            "run_coroutine_threadsafe", "shield", "wait", "wait_for"),
    events: ("AbstractServer", "Handle", "TimerHandle"),
    futures: ("wrap_future",),
}
for _module, _names in _ALSO_IN.items():
    for _name in _names:
        setattr(_module, _name, globals()[_name])
# The modules of real asyncio that tinyloop does not model. The host may have imported real asyncio
# before install() (the sandbox's worker has, for its other loop), and `from asyncio.staggered import
# staggered_race` takes the module from sys.modules: it would hand the program real asyncio's code,
# run against tinyloop's loop, and a wrong answer ("no running event loop").  install() puts a
# stand-in there instead, whose every name is Unsupported.  Two are left as they are: `log` (the
# "asyncio" logger, which tinyloop logs to as well) and `constants` (numbers).
_UNMODELLED_SUBMODULES = ("base_futures", "base_subprocess", "base_tasks", "format_helpers", "mixins",
                          "protocols", "selector_events", "sslproto", "staggered", "transports", "trsock",
                          "unix_events")


def _unsupported_module(name):
    module = types.ModuleType(f"asyncio.{name}")

    def __getattr__(attribute):
        if attribute.startswith("__"):  # the import system's questions (__path__: is it a package?)
            raise AttributeError(f"module 'asyncio.{name}' has no attribute {attribute!r}")
        raise Unsupported(f"asyncio.{name}.{attribute}")

    module.__getattr__ = __getattr__
    return module


# The names asyncio's modules have (in 3.11, 3.12 or 3.13) that tinyloop's lack: internals mostly
# (``asyncio.tasks._PyTask``, ``_enter_task``, ``asyncio.futures._chain_future``).  A program reaching
# for one is refused (Unsupported) as for a top-level name, not given an AttributeError real asyncio
# would not raise.
_UNMODELLED_NAMES = {name: frozenset(names.split()) for name, names in {
    "base_events": """MAXIMUM_SELECT_TIMEOUT _HAS_IPv6 _MIN_CANCELLED_TIMER_HANDLES_FRACTION
        _MIN_SCHEDULED_TIMER_HANDLES _SendfileFallbackProtocol _check_ssl_socket _format_handle _format_pipe
        _interleave_addrinfos _ipaddr_info _run_until_complete_cb _set_nodelay _set_reuseport logger""",
    "coroutines": "_COROUTINE_TYPES _format_coroutine _is_debug_mode _iscoroutine_typecache",
    "events": """_RunningLoop _c__get_event_loop _c__get_running_loop _c__set_running_loop _c_get_event_loop
        _c_get_running_loop _event_loop_policy _init_event_loop_policy _lock _py__get_event_loop
        _py__get_running_loop _py__set_running_loop _py_get_event_loop _py_get_running_loop _running_loop
        on_fork""",
    "futures": """STACK_DEBUG _CFuture _PyFuture _chain_future _convert_future_exc _copy_future_state _get_loop
        _set_concurrent_future_state""",
    "locks": "_BarrierState",
    "runners": "_State",
    "streams": "logger",
    "subprocess": "logger",
    "tasks": """_AsCompletedIterator _CTask _GatheringFuture _PyTask _all_tasks _c_current_task _c_enter_task
        _c_leave_task _c_register_eager_task _c_register_task _c_swap_current_task _c_unregister_eager_task
        _c_unregister_task _cancel_and_wait _current_tasks _eager_tasks _ensure_future _enter_task
        _leave_task _py_current_task _py_enter_task _py_leave_task _py_register_eager_task
        _py_register_task _py_swap_current_task _py_unregister_eager_task _py_unregister_task
        _register_eager_task _register_task _release_waiter _scheduled_tasks _set_task_name
        _swap_current_task _unregister_eager_task _unregister_task _wait""",
    "timeouts": "Optional TracebackType Type final",
}.items()}


def _refuse_unmodelled_names(name, module):
    names = _UNMODELLED_NAMES[name]

    def __getattr__(attribute):
        if attribute in names:
            raise Unsupported(f"asyncio.{name}.{attribute}")
        raise AttributeError(f"module 'asyncio.{name}' has no attribute {attribute!r}")

    module.__getattr__ = __getattr__


for _name, _module in _SUBMODULES.items():
    if _name in _UNMODELLED_NAMES:
        _refuse_unmodelled_names(_name, _module)


# The private names of asyncio's package (the task bookkeeping other event loops call), and the
# dunders it has: with ASYNCIO_NAMES, all of ``dir(asyncio)``.
_ASYNCIO_PRIVATE_NAMES = frozenset(
    "_enter_task _get_running_loop _leave_task _register_task _set_running_loop _unregister_task".split())
_ASYNCIO_DUNDERS = frozenset(
    "__all__ __builtins__ __cached__ __doc__ __file__ __loader__ __name__ __package__ __path__ __spec__".split())


def __getattr__(name):
    """Names of later versions exist when modelling those; names real asyncio has but tinyloop
    lacks raise Unsupported; others AttributeError.  ``__all__`` is computed at each read, so that a
    program whose ``from asyncio import *`` depends on the version is seen asking (versions.py)."""
    if name == "__all__":
        return _star_names()
    if name in _LATER_NAMES and getattr(versions.active, _NAMES_SINCE[name]):
        return _LATER_NAMES[name]()
    if name in ASYNCIO_NAMES or name in _ASYNCIO_PRIVATE_NAMES:
        raise Unsupported(f"asyncio.{name}")
    # With the name and the module, Python adds "Did you mean: 'sleep'?" to the error line of a
    # misspelt ``asyncio.sleeep``, choosing among __dir__() as among real asyncio's names.
    raise AttributeError(f"module 'asyncio' has no attribute {name!r}", name=name, obj=sys.modules[__name__])


def __dir__():
    """``dir(asyncio)``: real asyncio's names in the modelled version, not tinyloop's own modules and helpers."""
    later = {name for name, change in _NAMES_SINCE.items() if getattr(versions.active, change)}
    return sorted(ASYNCIO_NAMES | later | _ASYNCIO_PRIVATE_NAMES | _ASYNCIO_DUNDERS | {"sys"})


def install(virtual_time=True, version=None, subprocesses=False):
    """Make ``import asyncio`` (and ``asyncio.exceptions`` etc.) give tinyloop.  With
    ``virtual_time``, the ``time`` module follows the virtual clock too (see
    ``virtualtime.py``): a program timing itself prints what it would print under real asyncio.
    ``version`` (``(3, 12)`` or ``"3.12"``; default: the running interpreter's) is the Python whose
    asyncio is modelled (see ``versions.py``); the program sees that release in ``sys.version_info``.
    ``subprocesses`` lets the program start child processes: only where something outside confines
    them (the sandbox's jail; see ``io/subprocesses.py``)."""
    versions.model(version)
    versions.show_modelled_version_to_program()
    childwatchers.allow(subprocesses)
    package = sys.modules[__name__]
    # From now on a read of __all__ goes to __getattr__: the modelled version's, and seen asking which it is.
    vars(package).pop("__all__", None)
    if virtual_time:
        use_virtual_time_in_time_module(block_running_loop, threads.sleep_in_thread)
    threads.watch_program_threads()
    atexit.register(finalize_at_exit)  # runs after the program's own handlers, as shutdown does
    sys.modules["asyncio"] = package
    for name, module in _SUBMODULES.items():
        sys.modules[f"asyncio.{name}"] = module
    for name in _UNMODELLED_SUBMODULES:
        sys.modules[f"asyncio.{name}"] = _unsupported_module(name)
    return package
