"""Child watchers (asyncio's ``unix_events``: ``AbstractChildWatcher`` and its five kinds,
``get_child_watcher`` / ``set_child_watcher``), and the default event loop policy of Unix, which
keeps the watcher; also who may start children at all (``allow``).

**What a child watcher was for.**  A Unix process learns that a child has ended through
``waitpid()``, and until it calls it the child stays a zombie.  An event loop must not block in
``waitpid()``, so asyncio put an object between its subprocess transports and the kernel: the
transport registers each new child with ``watcher.add_child_handler(pid, callback)``, and the
watcher calls ``callback(pid, returncode)`` once the child has exited and been reaped.  There were
several ways to find out without blocking, each with a catch, hence several watchers:

* ``SafeChildWatcher`` / ``FastChildWatcher``: a ``SIGCHLD`` handler on the loop they are attached
  to (``attach_loop``), so only for a loop in the main thread; Safe polls each of its children
  (O(n) per signal), Fast reaps any child (``waitpid(-1)``), even ones it did not start;
* ``MultiLoopChildWatcher``: a plain ``SIGCHLD`` handler, for loops in any thread;
* ``ThreadedChildWatcher``: one thread per child, blocked in ``waitpid(pid)`` (3.8's default);
* ``PidfdChildWatcher``: a *pidfd* (Linux 5.3) per child, a file descriptor that becomes readable
  when the child exits, watched by the loop like a socket: no signal, no thread.

There is one watcher per event loop policy (``events``); a program could pick one
(``asyncio.set_child_watcher(asyncio.SafeChildWatcher())``), and old tutorials had to attach it to
their loop (``asyncio.get_child_watcher().attach_loop(loop)``) before starting a subprocess, or got
"asyncio.get_child_watcher() is not activated, subprocess support is not installed.".

**Why 3.12 deprecated them.**  The choice was a leaky abstraction: signal-based watchers break when
another library owns ``SIGCHLD`` or the loop runs outside the main thread, the threaded one costs a
thread per child, and what a program must do to make subprocesses work depended on the watcher.
3.12 makes ``PidfdChildWatcher`` the default where pidfds work (it needs no ``attach_loop`` any
more) and warns (``DeprecationWarning``) at ``get_child_watcher``, ``set_child_watcher`` (the
policy's: the module functions' warnings are attributed to asyncio itself, so a program does not
see them by default), at ``SafeChildWatcher()``, ``FastChildWatcher()``,
``MultiLoopChildWatcher()`` and at subclassing ``AbstractChildWatcher``; 3.14 removes them all and
the loop watches its children itself.  On 3.11 the default is ``ThreadedChildWatcher`` and nothing
warns.

**tinyloop's simplification.** Every watcher here is a façade over the one mechanism tinyloop has
for children: a pidfd the loop watches (``watch_exit`` below, which the subprocess transports use
too). The classes keep what a program can see: their names, ``is_active()`` (which decides whether a
subprocess may start), ``attach_loop``, the loop ``add_child_handler`` uses (the attached one, or
the running one), ``remove_child_handler``'s answer, and the warnings of each version. None installs
a ``SIGCHLD`` handler or starts a thread; ``add_child_handler``'s callback runs from the loop in the
iteration whose poll finds the child's pidfd readable. The transports of subprocesses.py reap their
children themselves: for them the watcher only says whether they may start.

**Allowed only in the sandbox's jail**, as subprocesses (see subprocesses.py): outside it, making,
getting or setting a watcher raises ``Unsupported``.
"""

import os
import threading
import warnings

from .. import events
from ..exceptions import Unsupported
from ..versions import active

_allowed = False         # set by allow(): the sandbox's jail confines the children
_lock = threading.Lock()  # two threads asking for the first watcher at once get the same one


def allow(allowed=True):
    """Let programs start processes (the sandbox does, in its jail only: see subprocesses.py)."""
    global _allowed
    _allowed = allowed


def check_allowed(api):
    if not _allowed:
        raise Unsupported(f"{api} (subprocesses run only in the sandbox's jail)")


def _deprecated(name):
    """3.12's warning, attributed (stacklevel 3) to whoever called the caller of this, as asyncio's."""
    if active.child_watchers_deprecated:
        warnings.warn(f"{name!r} is deprecated as of Python 3.12 and will be removed in Python 3.14.",
                      DeprecationWarning, stacklevel=3)


def watch_exit(loop, pid, exited):
    """How tinyloop learns that a child has ended: call ``exited()`` from ``loop`` once process
    ``pid`` has exited (its pidfd turns readable; the child is then a zombie, not reaped).  While
    it is watched the loop's clock follows the real one (loop.py).  Returns a function that stops
    watching."""
    pidfd = os.pidfd_open(pid)
    loop._children_alive += 1

    def stop():
        loop._remove_reader(pidfd)
        os.close(pidfd)
        loop._children_alive -= 1

    def readable():
        stop()
        exited()

    loop._add_reader(pidfd, readable)
    return stop


class AbstractChildWatcher:
    """What every watcher offers (each method is abstract here)."""

    __module__ = "asyncio.unix_events"

    def __init_subclass__(cls, **kwargs):
        super().__init_subclass__(**kwargs)
        if cls.__module__ not in ("asyncio.unix_events", __name__):  # a program's own watcher
            check_allowed("asyncio.AbstractChildWatcher")
            _deprecated("AbstractChildWatcher")

    def add_child_handler(self, pid, callback, *args):
        raise NotImplementedError()

    def remove_child_handler(self, pid):
        raise NotImplementedError()

    def attach_loop(self, loop):
        raise NotImplementedError()

    def close(self):
        raise NotImplementedError()

    def is_active(self):
        raise NotImplementedError()

    def __enter__(self):
        raise NotImplementedError()

    def __exit__(self, a, b, c):
        raise NotImplementedError()


class _PidfdFacade(AbstractChildWatcher):
    """The mechanism under every watcher here: a pidfd per child, watched by a loop."""

    # Set by the subclasses: add_child_handler() uses the attached loop (else the running one);
    # remove_child_handler() really removes (else it is the no-op asyncio's comments admit to).
    _uses_attached_loop = False
    _removes = True

    def __init__(self):
        check_allowed(f"asyncio.{type(self).__name__}")
        self._loop = None        # the loop attach_loop() gave, for the watchers that keep it
        self._children = {}      # pid -> [stop watching it (None while not watched), callback, args]

    def __enter__(self):
        return self

    def __exit__(self, a, b, c):
        pass

    def attach_loop(self, loop):
        pass

    def close(self):
        pass

    def is_active(self):
        return True

    def add_child_handler(self, pid, callback, *args):
        """Call ``callback(pid, returncode, *args)`` in the loop once child ``pid`` has exited."""
        if pid in self._children:  # a new callback for the same child replaces the old one
            self._children[pid][1:] = [callback, args]
            return
        self._children[pid] = [None, callback, args]
        loop = self._loop if self._uses_attached_loop else events.get_running_loop()
        if loop is not None:  # a Safe or Fast watcher not attached yet starts watching at attach_loop()
            self._start_watching(pid, loop)

    def _start_watching(self, pid, loop):
        self._children[pid][0] = watch_exit(loop, pid, lambda: self._reap(pid))

    def _stop_watching(self, pid):
        stop = self._children[pid][0]
        if stop is not None:
            stop()
            self._children[pid][0] = None

    def _reap(self, pid):
        _, callback, args = self._children.pop(pid)
        try:
            _, status = os.waitpid(pid, 0)
            returncode = os.waitstatus_to_exitcode(status)
        except ChildProcessError:  # reaped elsewhere: asyncio reports 255
            returncode = 255
        callback(pid, returncode, *args)

    def remove_child_handler(self, pid):
        if not self._removes:
            return True
        if pid not in self._children:
            return False
        self._stop_watching(pid)
        del self._children[pid]
        return True

    def _forget_children(self):
        for pid in list(self._children):
            self._stop_watching(pid)
        self._children.clear()

    def _detach(self, loop):
        """Safe, Fast (and 3.11's Pidfd) watchers: forget the old loop, warn if children are left."""
        assert loop is None or isinstance(loop, events.AbstractEventLoop)
        if self._loop is not None and loop is None and self._children:
            warnings.warn("A loop is being detached from a child watcher with pending handlers", RuntimeWarning,
                          stacklevel=1)  # as asyncio: attributed to the watcher itself
        self._loop = loop


class ThreadedChildWatcher(_PidfdFacade):
    """A thread per child blocked in ``waitpid()`` (here: a pidfd); always active; 3.11's default."""

    __module__ = "asyncio.unix_events"

    _removes = False


class PidfdChildWatcher(_PidfdFacade):
    """A pidfd per child, watched by the loop; 3.12's default.  On 3.11 it has to be attached to a
    running loop to be active."""

    __module__ = "asyncio.unix_events"

    @property
    def _uses_attached_loop(self):
        return not active.pidfd_child_watcher_by_default

    @property
    def _removes(self):
        return not active.pidfd_child_watcher_by_default

    def attach_loop(self, loop):
        if not active.pidfd_child_watcher_by_default:
            self._detach(loop)
            self._forget_children()  # 3.11 drops the old loop's children

    def close(self):
        self.attach_loop(None)

    def is_active(self):
        if active.pidfd_child_watcher_by_default:
            return True
        return self._loop is not None and self._loop.is_running()


class _SignalChildWatcher(_PidfdFacade):
    """Safe and Fast: active while the loop they are attached to runs (asyncio: its SIGCHLD handler)."""

    _uses_attached_loop = True

    def __init__(self):
        super().__init__()
        _deprecated(type(self).__name__)

    def attach_loop(self, loop):
        """The children are watched from the attached loop (asyncio: polled at its SIGCHLD), and at
        the switch those already ended are reaped (here: in the new loop's next iteration)."""
        self._detach(loop)
        for pid in list(self._children):
            self._stop_watching(pid)
            if loop is not None:
                self._start_watching(pid, loop)

    def close(self):
        self._forget_children()
        self.attach_loop(None)

    def is_active(self):
        return self._loop is not None and self._loop.is_running()


class SafeChildWatcher(_SignalChildWatcher):
    """Polls each of its children at every ``SIGCHLD`` (here: a pidfd each)."""

    __module__ = "asyncio.unix_events"


class FastChildWatcher(_SignalChildWatcher):
    """Reaps any child at every ``SIGCHLD`` (here: a pidfd for each of its own)."""

    __module__ = "asyncio.unix_events"


class MultiLoopChildWatcher(_PidfdFacade):
    """A process-wide ``SIGCHLD`` handler, installed by the first ``attach_loop()``: active from then on."""

    __module__ = "asyncio.unix_events"

    def __init__(self):
        super().__init__()
        self._attached = False  # attach_loop() was called (asyncio: it installed its SIGCHLD handler)
        _deprecated("MultiLoopChildWatcher")

    def attach_loop(self, loop):
        self._attached = True

    def close(self):
        self._forget_children()
        self._attached = False

    def is_active(self):
        return self._attached


class _UnixDefaultEventLoopPolicy(events.BaseDefaultEventLoopPolicy):
    """``asyncio.DefaultEventLoopPolicy`` on Unix: the default policy (``events``) and the place of the
    child watcher. Its loops are those of ``io/sockets.py`` (``_loop_factory``, set by the package:
    sockets.py imports this module)."""

    __module__ = "asyncio.unix_events"

    def __init__(self):
        super().__init__()
        self._watcher = None  # made on first use, or set; a watcher set to None is made again

    def set_event_loop(self, loop):
        """As asyncio's: in the main thread, also attach the watcher (if one was made or set) to ``loop``."""
        super().set_event_loop(loop)
        if self._watcher is not None and threading.current_thread() is threading.main_thread():
            self._watcher.attach_loop(loop)

    def get_child_watcher(self):
        check_allowed("asyncio.get_child_watcher")
        watcher = self._current_watcher()
        _deprecated("get_child_watcher")
        return watcher

    def set_child_watcher(self, watcher):
        check_allowed("asyncio.set_child_watcher")
        assert watcher is None or isinstance(watcher, AbstractChildWatcher)
        if self._watcher is not None:
            self._watcher.close()
        self._watcher = watcher
        _deprecated("set_child_watcher")

    def _current_watcher(self):
        with _lock:
            if self._watcher is None:
                # 3.12 takes a pidfd watcher where pidfds work (always here: tinyloop relies on them).
                default = PidfdChildWatcher if active.pidfd_child_watcher_by_default else ThreadedChildWatcher
                self._watcher = default()
        return self._watcher


def check_watcher_is_active():
    """What asyncio checks before it starts a child: the policy's watcher (made if need be) is active."""
    policy = events.get_event_loop_policy()
    if type(policy).get_child_watcher is _UnixDefaultEventLoopPolicy.get_child_watcher:
        watcher = policy._current_watcher()  # what asyncio's call gets, without the warning it silences
    elif active.child_watchers_deprecated:
        with warnings.catch_warnings():  # as asyncio: a program's own policy is asked, its warning silenced
            warnings.simplefilter("ignore", DeprecationWarning)
            watcher = events.get_child_watcher()
    else:
        watcher = events.get_child_watcher()
    if not watcher.is_active():
        raise RuntimeError("asyncio.get_child_watcher() is not activated, subprocess support is not installed.")
    return watcher


def finds_child_gone(watcher):
    """Whether ``watcher`` finds a child already reaped when it looks: up to 3.12 ``Process.send_signal()``
    reaps a child that has exited while the loop did not look (it was blocked), see subprocesses.py.  A
    thread blocked in ``waitpid()`` and a ``SIGCHLD`` handler that Python runs at once reaped it first; a
    pidfd watcher looks only when the loop runs again, finds it gone and reports returncode 255."""
    if isinstance(watcher, (ThreadedChildWatcher, MultiLoopChildWatcher)):
        return False
    if isinstance(watcher, PidfdChildWatcher):
        return True
    raise Unsupported(f"signalling a child that has exited unseen, with a {type(watcher).__name__}")
