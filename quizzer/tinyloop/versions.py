"""Which Python's asyncio tinyloop models, and every behaviour that changed between the versions it models.

asyncio changes between Python releases in ways a program can print: ``wait_for`` runs its coroutine in a
task of its own on 3.11 and in the caller's task from 3.12; a named task takes a ``Task-N`` number until
3.13; ``Queue.shutdown`` exists from 3.13.  tinyloop models 3.11, 3.12 and 3.13 on any host, so that the
answer keys for every version can be computed on one machine: ``install(version=(3, 12))`` (or
``model((3, 12))``) chooses, and the default is the interpreter tinyloop runs on.

``CHANGES`` below is the one list of what differs.  Each entry names a behaviour, the release that brought
it, and what a program sees.  The code asks ``active.<name>`` (True when the modelled version has the
change) at the place where it behaves differently, and keeps the old and the new path side by side with a
comment saying what changed and why.  It asks only where the two paths would really differ (``uncancel()``
asks only with a cancellation pending, since clearing a flag that is already clear changes nothing): a run
that asked costs ``quizzer check`` another run for each version that answers otherwise.

The releases modelled are those these machines carry: 3.11.7, 3.12.1 and 3.13.0.  Two behaviours are
specific to a patch release and say so (``server_wait_closed_waits_for_connections`` came in 3.12.1,
``nested_run_forever_resets_running_loop`` is a 3.13.0 bug).
"""

import sys
import types
from dataclasses import dataclass

SUPPORTED = ((3, 11), (3, 12), (3, 13))
# The release of each version that these machines carry, and that the corpus was recorded on.
RELEASES = {(3, 11): (3, 11, 7), (3, 12): (3, 12, 1), (3, 13): (3, 13, 0)}


@dataclass(frozen=True)
class Change:
    name: str
    since: tuple       # the first release with the new behaviour
    summary: str       # what a program sees


CHANGES = (
    # ------------------------------------------------------------------ 3.12
    Change("wait_for_uses_timeout", (3, 12),
           "wait_for() runs the coroutine in the caller's task under asyncio.timeout() instead of in a task of "
           "its own: current_task() inside is the caller, no Task-N number is spent, the coroutine starts at "
           "once, and on timeout it is the caller's task that is cancelled"),
    Change("iscoroutine_rejects_generators", (3, 12),
           "asyncio.iscoroutine(generator) is False: create_task/ensure_future refuse generators, and wait() "
           "and as_completed() accept a generator of tasks instead of taking it for a coroutine"),
    Change("server_wait_closed_waits_for_connections", (3, 12),
           "Server.wait_closed() returns once the server is closed and its last connection is gone (3.12.1); "
           "before, it returned at once for a closed server"),
    Change("eager_tasks", (3, 12),
           "asyncio.eager_task_factory, create_eager_task_factory() and Task(..., eager_start=True): a new "
           "task's first step runs inside create_task"),
    Change("writelines_takes_memoryviews", (3, 12),
           "a socket transport's writelines() (StreamWriter.writelines) takes each item as a memoryview: a str item "
           "fails with 'memoryview: a bytes-like object is required', and after write_eof() the error names "
           "writelines(); the items are sent at once as far as the kernel takes them, the rest kept as views of "
           "the caller's objects, and the protocol is never paused by writelines()"),
    Change("transport_keeps_written_objects", (3, 12),
           "a socket transport's write() (StreamWriter.write) keeps what it cannot send at once as the caller's "
           "object, not a copy: a bytearray changed before it is sent goes out changed, and one partly sent "
           "cannot be resized meanwhile (BufferError: Existing exports of data: object cannot be re-sized)"),
    Change("transport_refuses_a_socket_in_use", (3, 12),
           "a transport is not made over a socket another transport (not closing) owns: open_connection(sock=s) "
           "twice raises RuntimeError('File descriptor ... is used by transport ...') where 3.11 made a second "
           "transport"),
    Change("get_context", (3, 12),
           "Handle.get_context() and Task.get_context()"),
    Change("exception_handler_in_callback_context", (3, 12),
           "a custom exception handler runs in the context of the task, future or handle that failed"),
    Change("gather_takes_done_children_at_once", (3, 12),
           "gather() handles children that are already done when it is called, so gathering done futures "
           "gives a done future and awaiting it does not yield"),
    Change("taskgroup_in_all", (3, 12),
           "TaskGroup is in asyncio.__all__ (`from asyncio import *` brings it)"),
    Change("run_loop_factory", (3, 12),
           "asyncio.run(main, loop_factory=...)"),
    Change("shutdown_default_executor_timeout", (3, 12),
           "loop.shutdown_default_executor(timeout)"),
    Change("get_event_loop_warns", (3, 12),
           "get_event_loop() outside a running loop, with no loop set, warns (DeprecationWarning) before "
           "creating one"),
    Change("traceback_holds_running_future", (3, 12),
           "a traceback keeps the frames below the ones it lists alive (f_back), asyncio.run's among them: an "
           "exception raised while the loop runs keeps the main task (and what it returned) alive, so a failed "
           "task that main returns is reported as never retrieved at garbage collection, not when let go"),
    Change("create_connection_all_errors", (3, 12),
           "create_connection(..., all_errors=True) (and open_connection) raise an ExceptionGroup of every "
           "failed attempt"),
    Change("child_watchers_deprecated", (3, 12),
           "the policy's get_child_watcher() and set_child_watcher(), SafeChildWatcher(), FastChildWatcher(), "
           "MultiLoopChildWatcher() and subclassing AbstractChildWatcher warn (DeprecationWarning: '...' is "
           "deprecated as of Python 3.12 and will be removed in Python 3.14.)"),
    Change("pidfd_child_watcher_by_default", (3, 12),
           "the default child watcher is a PidfdChildWatcher (where pidfds work), not a ThreadedChildWatcher; "
           "a PidfdChildWatcher needs no attach_loop(): it is always active and watches from the running loop "
           "(before, it was active only while attached to a running loop)"),
    Change("communicate_closes_stdin", (3, 12),
           "Process.communicate() without input closes the child's stdin when it is a pipe, so a child reading "
           "its stdin to the end finishes; before, stdin stayed open and such a child waited for ever"),
    Change("datagram_transport_is_a_datagram_transport", (3, 12),
           "the transport create_datagram_endpoint() makes is an asyncio.DatagramTransport (3.11's was only a "
           "Transport)"),
    # ------------------------------------------------------------------ 3.13
    Change("named_tasks_take_no_number", (3, 13),
           "create_task(name=...) and TaskGroup.create_task(name=...) pass the name to the loop, so a named "
           "task no longer spends a Task-N number"),
    Change("set_exception_wraps_stopiteration", (3, 13),
           "Future.set_exception(StopIteration (or a subclass)) stores a RuntimeError caused by it, where it "
           "raised TypeError (and let subclasses through)"),
    Change("nested_run_forever_resets_running_loop", (3, 13),
           "3.13.0: a nested run_forever() that fails with 'already running' still runs its clean-up: the loop "
           "stops counting as running and is no longer the running loop"),
    Change("task_factory_names_none", (3, 13),
           "3.13.0: with a task factory, loop.create_task() names the task even when no name is given, so an "
           "unnamed task is called 'None' (fixed in 3.13.1)"),
    Change("condition_passes_notification_on", (3, 13),
           "a Condition waiter that fails (is cancelled) after being notified notifies another waiter"),
    Change("as_completed_iterator", (3, 13),
           "as_completed() returns an iterator object, made eagerly: tasks and the timeout timer start at the "
           "call; `async for` yields the original tasks; the error for an awaitable argument is reworded"),
    Change("queue_shutdown", (3, 13),
           "Queue.shutdown(immediate=False) and QueueShutDown"),
    Change("uncancel_clears_pending_cancel", (3, 13),
           "Task.uncancel() bringing the count to zero withdraws a cancellation not yet delivered"),
    Change("taskgroup_recancels_parent", (3, 13),
           "a TaskGroup cancelled from outside that also raises an ExceptionGroup re-cancels its parent task, "
           "so the outside cancellation is not lost"),
    Change("taskgroup_closes_refused_coroutine", (3, 13),
           "TaskGroup.create_task closes the coroutine of a task it refuses (group not entered, finished or "
           "shutting down)"),
    Change("timeout_marks_other_exceptions", (3, 13),
           "an expired asyncio.timeout() whose block ends in another exception puts a TimeoutError into that "
           "exception's context chain"),
    Change("shutdown_default_executor_applies_timeout", (3, 13),
           "loop.shutdown_default_executor(timeout) gives up after the timeout (RuntimeWarning 'The executor did not "
           "finishing joining its threads within T seconds.') and returns with the jobs still running; 3.12 "
           "takes the timeout but waits for the jobs all the same"),
    Change("send_signal_does_not_poll", (3, 13),
           "Process.send_signal(), terminate() and kill() signal the child with os.kill(); up to 3.12 they went "
           "through Popen.send_signal(), which reaps a child that has exited while the loop was blocked (and does "
           "not signal it): 3.12's pidfd watcher then finds it gone, logs 'child process pid N exit status already "
           "read:  will report returncode 255' and reports 255 (3.11's watcher thread had reaped it first)"),
    Change("aclose_thrown_into_before_start_runs_on", (3, 13),
           "an async generator's aclose() thrown into before it started (asyncio.run cancelling the aclose() task "
           "the loop made for a generator dropped in main's last step) runs the generator on after an await in "
           "its finally; up to 3.12 GeneratorExit is thrown in at that await and the rest of the finally is "
           "skipped (an interpreter change, asyncgens.py)"),
    Change("semaphore_wakes_a_waiter_per_free_slot", (3, 13),
           "a Semaphore's acquire() that waited wakes, as it returns or is cancelled, as many waiters as there are "
           "free slots: tasks that came while a woken waiter had not run yet queue behind it (FIFO) even with "
           "slots free; up to 3.12 it woke one of them at most, and none when it was cancelled before its turn"),
    Change("sleep_rejects_nan", (3, 13),
           "asyncio.sleep(nan) raises ValueError"),
    Change("callback_arguments_hidden", (3, 13),
           "outside debug mode a callback's arguments are not shown (Handle reprs, 'Exception in callback')"),
    Change("readuntil_several_separators", (3, 13),
           "StreamReader.readuntil() accepts a tuple of separators and stops at the shortest match"),
    Change("server_close_clients", (3, 13),
           "Server.close_clients() and Server.abort_clients()"),
    Change("event_loop_alias", (3, 13),
           "asyncio.EventLoop: the class new_event_loop() makes, under a public name"),
    Change("create_server_keep_alive", (3, 13),
           "create_server(..., keep_alive=True) (and start_server) turn SO_KEEPALIVE on"),
    Change("client_connected_cb_cancelled_closes", (3, 13),
           "a start_server handler task that ends cancelled closes its connection quietly; before, its done "
           "callback got a CancelledError from task.exception(), which the loop reported as an error"),
    Change("server_writer_not_kept", (3, 13),
           "a start_server handler's StreamWriter is no longer kept by its protocol: a handler that returns "
           "without closing it lets it go, and the freed writer closes the connection"),
    Change("bind_error_names_errno", (3, 13),
           "a failed bind in create_server says '[errno 98] address already in use' (str of the OSError) "
           "where it said 'address already in use' (its strerror)"),
    Change("unix_server_cleans_up_socket", (3, 13),
           "closing a create_unix_server()/start_unix_server() server removes its socket file (unless "
           "cleanup_socket=False, an argument earlier versions do not take); before, the file stayed"),
    Change("datagram_sends_empty", (3, 13),
           "a datagram transport's sendto(b'') sends an empty datagram (earlier versions drop it), and each datagram "
           "it buffers counts 8 more bytes (its header) in get_write_buffer_size()"),
    Change("datagram_endpoint_takes_any_non_stream_socket", (3, 13),
           "create_datagram_endpoint(sock=...) refuses only a stream socket (\"A datagram socket was expected\"), "
           "where earlier versions refused anything but a datagram socket (\"A UDP Socket was expected\")"),
)

BY_NAME = {change.name: change for change in CHANGES}


class Active:
    """One attribute per change, True when the modelled version has it: ``active.eager_tasks``.

    There is one instance, ``active``, changed in place by ``model()``, so ``from .versions import
    active`` stays valid.

    It remembers which changes were asked about since the last ``model()`` (``consulted``, the version
    itself counting as one): a run that asked only about changes on which two versions agree took the same
    path on both, so it prints the same on both (see ``agreeing``).  That is why every difference goes
    through these attributes."""

    def __init__(self, version):
        self.set(version)

    def set(self, version):
        self._version = version
        self._has = {change.name: version >= change.since for change in CHANGES}
        self.consulted = set()

    @property
    def version(self):
        self.consulted.add(VERSION_ITSELF)
        return self._version

    def __getattr__(self, name):
        # Reached for the changes only: they are kept out of the instance's attributes so each read is seen.
        try:
            has = self.__dict__["_has"][name]
        except KeyError:
            raise AttributeError(f"no change named {name!r}") from None
        self.consulted.add(name)
        return has

    def __repr__(self):
        return f"<behaviours of Python {self._version[0]}.{self._version[1]}>"


# Reading ``active.version`` tells versions apart as a whole: no two versions agree on it.
VERSION_ITSELF = "version"
# The order of the bits of ``consulted_mask()``.
_CONSULTABLE = tuple(change.name for change in CHANGES) + (VERSION_ITSELF,)


def consulted_mask():
    """``active.consulted`` as an int, one bit per change (in ``CHANGES`` order) and a last for the version."""
    return sum(1 << bit for bit, name in enumerate(_CONSULTABLE) if name in active.consulted)


def agreeing(version, mask):
    """The versions modelled that behave as ``version`` on every change of ``mask`` (a ``consulted_mask()``
    of a run modelling ``version``), ``version`` included: a deterministic program that consulted only those
    takes the same path, and prints the same, on each of them."""
    version = parse(version)
    if not isinstance(mask, int) or not 0 <= mask < 1 << len(_CONSULTABLE):
        return (version,)
    consulted = [name for bit, name in enumerate(_CONSULTABLE) if mask >> bit & 1]
    if VERSION_ITSELF in consulted:
        return (version,)
    return tuple(other for other in SUPPORTED
                 if all((other >= BY_NAME[name].since) == (version >= BY_NAME[name].since) for name in consulted))


class since:
    """A method (or property) that exists only from the release of ``change`` on: modelling an older
    version, looking it up raises the AttributeError that version's asyncio raises, so ``hasattr``
    answers as there.  Used as ``@since("queue_shutdown")`` above the method."""

    def __init__(self, change):
        self.change = BY_NAME[change].name
        self.function = None
        self.name = None

    def __call__(self, function):
        self.function = function
        return self

    def __set_name__(self, owner, name):
        self.name = name

    def __get__(self, instance, owner=None):
        if not getattr(active, self.change):
            raise AttributeError(_no_attribute(instance if instance is not None else owner, self.name))
        return self.function.__get__(instance, owner)


def _no_attribute(thing, name):
    """The message of a missing attribute, as CPython words it (C types show their module)."""
    if isinstance(thing, type):
        return f"type object {_type_name(thing)!r} has no attribute {name!r}"
    return f"{_type_name(type(thing))!r} object has no attribute {name!r}"


def _type_name(cls):
    return f"_asyncio.{cls.__name__}" if cls.__module__ == "_asyncio" else cls.__name__


def host_version():
    """The version modelled by default: the interpreter's own, or the nearest one tinyloop models."""
    running = tuple(sys.version_info[:2])
    return min(max(running, SUPPORTED[0]), SUPPORTED[-1])


def parse(version):
    """``(3, 12)``, ``"3.12"`` or ``None`` (the host's) -> ``(3, 12)``; ValueError for others."""
    if version is None:
        return host_version()
    if isinstance(version, str):
        try:
            version = tuple(int(part) for part in version.split("."))
        except ValueError:
            raise ValueError(f"not a Python version: {version!r}") from None
    version = tuple(version)[:2]
    if version not in SUPPORTED:
        names = ", ".join(f"{major}.{minor}" for major, minor in SUPPORTED)
        raise ValueError(f"tinyloop models Python {names}, not {'.'.join(map(str, version))}")
    return version


active = Active(host_version())   # the behaviours of the modelled version


class _VersionInfo(tuple):
    """What ``sys.version_info`` is, for a release other than the running one (the real type cannot
    be instantiated): a 5-tuple with named fields that prints as ``sys.version_info(...)``."""

    _fields = ("major", "minor", "micro", "releaselevel", "serial")

    def __getattr__(self, name):
        if name in self._fields:
            return self[self._fields.index(name)]
        raise AttributeError(f"'sys.version_info' object has no attribute {name!r}")

    def __repr__(self):
        return "sys.version_info(" + ", ".join(f"{field}={value!r}" for field, value in zip(self._fields, self)) + ")"


def show_modelled_version_to_program():
    """When the modelled version is not the running one, ``sys.version_info``, ``sys.hexversion`` and
    the number at the head of ``sys.version`` (which ``platform.python_version()`` reads) say the
    modelled release: a program that prints its Python or branches on it (``if sys.version_info >=
    (3, 13): queue.shutdown()``) takes the path it takes there.  Only the sandbox's child calls this
    (through ``install``), after which nothing but the program runs.  The language and the rest of
    the standard library stay the running interpreter's."""
    modelled = active._version  # the machinery's own look, not the program asking (see Active)
    if tuple(sys.version_info[:2]) != modelled:
        major, minor, micro = RELEASES[modelled]
        running = "%d.%d.%d" % tuple(sys.version_info[:3])
        sys.version_info = _VersionInfo((major, minor, micro, "final", 0))
        sys.hexversion = (major << 24) | (minor << 16) | (micro << 8) | 0xF0
        if sys.version.startswith(running):
            sys.version = f"{major}.{minor}.{micro}" + sys.version[len(running):]
    sys.__class__ = _SysAskingTheVersion


class _SysAskingTheVersion(types.ModuleType):
    """The class of the sys module once the program's version is shown: reading ``sys.version_info``,
    ``sys.hexversion`` or ``sys.version`` (through the module, as any code does) counts as asking which
    version this is (``VERSION_ITSELF``), since a program may print them or branch on them."""


def _asking_the_version(name):
    def read(module):
        active.consulted.add(VERSION_ITSELF)
        return vars(module)[name]

    def write(module, value):
        vars(module)[name] = value

    return property(read, write)


for _name in ("version_info", "hexversion", "version"):
    setattr(_SysAskingTheVersion, _name, _asking_the_version(_name))


def model(version):
    """Model ``version`` from now on (call it before the program runs: objects made earlier keep what
    they were made with)."""
    version = parse(version)
    active.set(version)
    return version
