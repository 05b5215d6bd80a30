"""Which loop is running, which loop is current, and the event loop policy that keeps the current one
(asyncio's ``events`` module).

Everything above this module asks it for "the loop": futures bind to it, ``asyncio.sleep`` and
the library schedule on it, ``asyncio.run`` sets it.  It sits below futures, tasks and the loop
itself so that all of them can import it, and it imports nothing of theirs.

* ``get_running_loop()``: the loop inside ``run_forever()`` (``run_until_complete`` and
  ``asyncio.run`` go through it), else RuntimeError;
* ``get_event_loop()``: the running loop; outside one, the policy's *current* loop;
* ``set_event_loop(loop)`` / ``new_event_loop()``: the policy's.

**The policy.**  asyncio asks one global object, the event loop policy, for the current loop and
for new loops: ``asyncio.run`` makes its loop with ``new_event_loop()`` and makes it current with
``set_event_loop()``, so a program that installs its own policy (``set_event_loop_policy``, usually
a subclass of ``DefaultEventLoopPolicy`` overriding ``new_event_loop``) sees every loop
``asyncio.run`` makes.  The default policy (``BaseDefaultEventLoopPolicy`` below; its Unix
subclass in ``io/childwatchers.py`` adds the child watcher) keeps one current loop per thread: outside a
running loop ``get_event_loop()`` gives it, created on first use in the main thread only (3.12 and
3.13 warn with a DeprecationWarning when they create it; 3.14 refuses).  In any other thread, or
once ``set_event_loop()`` was called, there is none to create: "There is no current event loop in
thread 'asyncio_0'.", on every version, without a warning.

The running loop is per thread too, and not the policy's: a worker thread (``to_thread``,
``run_in_executor``) has none, so ``get_running_loop()`` raises there.

Simplified: the policy is made on first use from the class the package sets
(``set_default_policy_class``), whose loops are the I/O-capable loop of ``io/sockets.py``.
"""

import sys
import threading
import warnings

from .handles import outside_tinyloop
from .versions import active


class _ThreadState(threading.local):
    running_loop = None     # the loop inside run_forever() in this thread, if any


_this_thread = _ThreadState()    # per thread: which loop runs here
_running_loops = {}              # thread ident -> the loop running in it, for running_loop_of_any_thread()
_policy = None                   # the event loop policy: made on first use, replaced by set_event_loop_policy()
_default_policy_class = None     # what the first use makes (set by the package's __init__)
_policy_lock = threading.Lock()  # two threads asking for the first policy at once get the same one


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


def several_loops_running():
    """Whether loops run in more than one thread now."""
    return len(_running_loops) > 1


def loops_by_thread():
    """Thread ident -> the loop running in that thread, for every running loop."""
    return dict(_running_loops)


def running_loops():
    """The loops running now, in any thread."""
    return list(_running_loops.values())


def get_running_loop():
    loop = _this_thread.running_loop
    if loop is None:
        raise RuntimeError("no running event loop")
    return loop


def get_event_loop():
    """The running loop; outside one, the policy's current loop."""
    loop = _this_thread.running_loop
    if loop is not None:
        return loop
    return get_event_loop_policy().get_event_loop()


def program_level():
    """The ``stacklevel`` that points a warning at the program's line that called into tinyloop
    (asyncio walks up past its own frames the same way)."""
    _, passed = outside_tinyloop(sys._getframe(2))
    return 2 + passed


# What tinyloop's own code calls where asyncio calls its private events._get_event_loop().
_get_event_loop = get_event_loop


def set_event_loop(loop):
    """Make ``loop`` the policy's current loop (of this thread, for the default policy)."""
    get_event_loop_policy().set_event_loop(loop)


def new_event_loop():
    """A new loop, made by the policy."""
    return get_event_loop_policy().new_event_loop()


def get_child_watcher():
    """The policy's watcher of child processes (io/childwatchers.py)."""
    return get_event_loop_policy().get_child_watcher()


def set_child_watcher(watcher):
    """Make ``watcher`` the policy's watcher of child processes."""
    return get_event_loop_policy().set_child_watcher(watcher)


def get_event_loop_policy():
    """The event loop policy, a default one made on first use."""
    global _policy
    if _policy is None:
        with _policy_lock:
            if _policy is None:
                _policy = _default_policy_class()
    return _policy


def set_event_loop_policy(policy):
    """Make ``policy`` the event loop policy (None: a new default one on next use)."""
    global _policy
    if policy is not None and not isinstance(policy, AbstractEventLoopPolicy):
        raise TypeError("policy must be an instance of AbstractEventLoopPolicy or None, "
                        f"not '{type(policy).__name__}'")
    _policy = policy


def set_default_policy_class(policy_class):
    """Make the first use of the policy (and ``set_event_loop_policy(None)``) create a ``policy_class``."""
    global _default_policy_class
    _default_policy_class = policy_class


class AbstractEventLoopPolicy:
    """``asyncio.AbstractEventLoopPolicy``: what a policy must do; a subclass says how."""

    __module__ = "asyncio.events"

    def get_event_loop(self):
        raise NotImplementedError

    def set_event_loop(self, loop):
        raise NotImplementedError

    def new_event_loop(self):
        raise NotImplementedError

    def get_child_watcher(self):
        raise NotImplementedError

    def set_child_watcher(self, watcher):
        raise NotImplementedError


class BaseDefaultEventLoopPolicy(AbstractEventLoopPolicy):
    """asyncio's default policy: a current loop per thread, made on first use in the main thread only.
    A subclass says which loops it makes (``_loop_factory``)."""

    __module__ = "asyncio.events"
    _loop_factory = None

    class _Local(threading.local):
        _loop = None         # this thread's current loop
        _set_called = False  # set_event_loop() was called in this thread: no loop is made any more

    def __init__(self):
        self._local = self._Local()

    def get_event_loop(self):
        local = self._local
        if local._loop is None and not local._set_called and threading.current_thread() is threading.main_thread():
            if active.get_event_loop_warns:
                warnings.warn("There is no current event loop", DeprecationWarning, stacklevel=program_level())
            self.set_event_loop(self.new_event_loop())
        if local._loop is None:
            raise RuntimeError(f"There is no current event loop in thread {threading.current_thread().name!r}.")
        return local._loop

    def set_event_loop(self, loop):
        self._local._set_called = True
        if loop is not None and not isinstance(loop, AbstractEventLoop):
            raise TypeError(f"loop must be an instance of AbstractEventLoop or None, not '{type(loop).__name__}'")
        self._local._loop = loop

    def new_event_loop(self):
        return self._loop_factory()
