"""The event loop (asyncio's ``base_events.BaseEventLoop`` with ``selector_events``' fd watchers).

An event loop is a queue of things to do and a loop that does them.  Each *iteration*
(``_run_once``, the one place where callbacks are called):

1. if file descriptors are watched, asks the selector which are ready and queues their callbacks;
2. moves the timers whose deadline has come to the ready queue, earliest first, after jumping
   the virtual clock to the next timer if nothing else is ready (``clock.py`` says which timers
   are due and when the clock jumps);
3. runs the callbacks that were in the ready queue **when the iteration began** — a snapshot
   count.  Whatever they schedule (``call_soon``, a future's done callbacks, a task's next step)
   waits for the next iteration.  This rule decides most "in which order do the lines print"
   puzzles.

There is one way into the ready queue for what asyncio hands to ``loop.call_soon``, ``_schedule``
(``call_soon`` uses it, futures hand it their done callbacks, tasks their next step); due timers,
ready fds and signals go straight in, as in asyncio.  One way out: the iteration above.  A loop
class of the program's that overrides ``call_soon`` (to count or log what the loop is given) sees
every task step and done callback go through it, as asyncio's tasks and futures call it.

Where tinyloop simplifies or differs from asyncio:

* **virtual clock**: ``time()`` starts at 0.0 and only moves when nothing is ready (see clock.py);
  while file descriptors are watched, the selector is polled for real (briefly) before the clock
  jumps, so that loopback I/O keeps the order it has under asyncio.  ``install()`` also makes the
  ``time`` module follow the virtual clock (see ``virtualtime.py``);
* **deadlock detection**: when nothing is ready, no timer is pending and no fd is watched, nothing
  can ever happen again; asyncio would hang, tinyloop raises ``Deadlock`` with a report of who
  waits on what;
* the ready queue holds Handles *and* Tasks (a task whose turn it is, see tasks.py);
* an optional *instrument* (``Instrument`` below; trace.py has two) watches each iteration: it
  sees what the loop does but cannot change it, and a loop without one pays nothing;
* other threads reach the loop through ``call_soon_threadsafe`` (queued under a lock, then a byte on
  the self-pipe wakes the loop); what they queue with the calls that are not thread-safe (``call_soon``,
  ``call_later``, completing a future) waits, as in asyncio, until something else wakes the loop
  (``_collect_ready``); while a thread is at work the clock does not jump (the
  loop waits for it in real time, up to ``HOLD_LIMIT``), and while one is *on the real clock* (its wake-up is a matter of
  real time the loop cannot see ahead, such as the end of an ``Event.wait()``) an idle loop follows the real
  clock as it does for a child process, below.  Loops running in other threads share the virtual time
  line: an idle loop jumps only when it is its turn (sharedclock.py).  Which threads are which is threads.py's business
  (the model is written there); executors, ``to_thread`` and ``run_coroutine_threadsafe`` live there too;
* signals come through the self-pipe too (it is the wake-up fd): signals.py has the methods;
* **a child process runs on the real clock**: while one is alive (``_children_alive``, counted by
  io/subprocesses.py), an idle loop waits for its pipes and its exit in real time, at most until the
  next timer, and the virtual clock moves on by the real time waited.  So a timer set for 0.5 s
  fires after half a real second if the child has not spoken by then (``wait_for(proc.wait(), 0.5)``
  on a child that sleeps 5 s times out, as under asyncio), and output a child writes after 0.2 s
  arrives between the timers of 0.1 s and 0.3 s.  When no child is alive the clock jumps as before.
  So does an idle loop while a real-time alarm is pending (``signal.alarm(1)``, ``signal.setitimer``):
  its SIGALRM comes on the real clock, and kills the program unless a handler catches it.
"""

import collections
import heapq
import os
import sys
import threading
import weakref
from time import monotonic as _real_monotonic  # the real clock, whatever the program's time module says
from time import sleep as _real_sleep

try:
    from signal import ITIMER_REAL as _ITIMER_REAL
    from signal import getitimer as _getitimer
except ImportError:  # no interval timers on this platform
    _getitimer = None

from . import asyncgens, events, exceptions, futures, runframes, sharedclock, tasks, virtualtime
from .clock import VirtualClock
from .events import AbstractEventLoop
from .futures import _PENDING
from .gathering import gather
from .handles import Handle, TimerHandle
from .versions import active

# With fds watched and a timer pending, how long (real seconds) to wait for I/O before deciding
# that none is coming and jumping the virtual clock to the timer.
IO_GRACE_PERIOD = 0.005

# While another thread is at work, how long (real seconds) to wait for its wake-up before looking
# again (a thread that ends without calling the loop sends none).
THREAD_POLL_PERIOD = 0.05

# How long (real seconds) threads at work may hold the clock without a break before the loop follows
# the real clock instead: such a thread is blocked where the model cannot see (a plain Lock.acquire()
# that a coroutine would release after a sleep) or really busy; either way a real loop's timers
# fire meanwhile, and holding the clock could hang the program.
HOLD_LIMIT = 2.0

_INFINITY = float("inf")

# Rebuild the timer heap when it holds this many entries and more than half are cancelled.
_MIN_TIMERS_FOR_CLEANUP = 100

# Forget finished tasks once this many tasks (and half the registry) were freed since the last clean-up.
_MIN_TASKS_FOR_CLEANUP = 64

# Called with each new loop; what it returns is the loop's instrument (see instrument_new_loops).
_instrument_factory = None
# The most recent loop that ran, for last_run_stats().
_last_loop = None
# Every loop, weakly, for finalize_at_exit().
_loops = weakref.WeakSet()
# How many threads other than the loop's are at work now, and whether one is on the real clock
# (threads.py installs its count).
_count_threads = None


class Instrument:
    """What an observer of a loop is told (trio's ``Instrument``, narrowed to tinyloop's loop).

    The loop calls these methods at the points named; they may look at the loop (``loop.time()``,
    ``loop._ready``, ``loop._timers``, ``loop._current_task``) but must not change it.  The
    methods here do nothing: subclasses override those they need.
    """

    def task_created(self, loop, task):
        """``loop.create_task`` made ``task`` (its first step is scheduled)."""

    def came_due(self, loop, entries):
        """The iteration's first part queued ``entries``: due timers and callbacks of ready fds."""

    def before_run(self, loop, entry):
        """``entry`` (a Handle, or a Task whose step it is) is about to run."""

    def after_run(self, loop, entry):
        """``entry`` ran (also when it raised out of the loop)."""

    def deadlocked(self, loop, error):
        """Nothing can happen any more: ``error`` (a Deadlock) is about to be raised."""

    # Threads (threads.py).  Only ``job_submitted`` runs in the loop's thread: the others run in
    # the thread concerned, and must only store what they are told (under a lock of their own).

    def job_submitted(self, loop, func, args):
        """``run_in_executor`` submitted ``func(*args)``; what it returns (None here: the job is not
        followed) is given back to ``job_queued``, ``job_started`` and ``job_finished``."""

    def job_queued(self, loop, job, future):
        """The job is ``future`` (a ``concurrent.futures.Future``): its outcome will be handed over
        with ``call_soon_threadsafe(callback, future, ...)``, from the worker or the loop's thread."""

    def job_started(self, loop, job):
        """In the worker thread: the job starts."""

    def job_finished(self, loop, job, result=None, error=None):
        """In the worker thread: the job returned ``result`` or raised ``error``."""

    def called_from_thread(self, loop, handle):
        """In the calling thread: ``call_soon_threadsafe`` is about to hand ``handle`` over (the loop
        queues it in a later iteration, where ``came_due`` sees it; called in the loop's own thread, it
        is queued at once, and ``before_run`` is the first to see it)."""

    # Child processes (io/subprocesses.py), in the loop's thread.

    def process_started(self, loop, child, args, shell):
        """The child ``child`` (a subprocess transport) was started with ``args`` (a string with ``shell``)."""

    def pipe_read(self, loop, child, fd, size):
        """``size`` bytes were read from the child's stdout (fd 1) or stderr (fd 2)."""

    def pipe_written(self, loop, pipe, size):
        """The program wrote ``size`` bytes to the write pipe transport ``pipe`` (io/pipes.py)."""

    def pipe_closed(self, loop, child, fd):
        """The pipe of the child's fd 0, 1 or 2 is closed."""

    def process_exited(self, loop, child, returncode):
        """The loop saw the child exit and reaped it."""

    def process_finished(self, loop, child, returncode):
        """The child's exit reached its transport and every pipe is closed: ``wait()`` returns."""

    def counts(self):
        """What this instrument counted, for ``last_run_stats()``: nothing by default."""
        return {}


def count_threads_with(count):
    """``count()`` says how many other threads are at work (the clock waits for them) and whether
    one is on the real clock (an idle loop follows the real clock): see threads.py."""
    global _count_threads
    _count_threads = count


def instrument_new_loops(factory):
    """Give every loop created from now on ``factory(loop)`` as its instrument (None: none)."""
    global _instrument_factory
    _instrument_factory = factory


class BaseLoop(AbstractEventLoop):
    """The core loop: ready queue, timer heap, fd watchers, virtual clock."""

    # The attributes __init__ sets (and comments), as slots: a loop has more attributes than 3.11
    # keeps in an instance's compact key-sharing layout (30), so as dict entries every read of one on
    # the hot path (a task's step reads three) would take the slower lookup.  Subclasses and programs
    # may still add attributes of their own (the instance keeps a __dict__).
    __slots__ = (
        "_ready", "_schedule", "_timers", "_cancelled_timers", "_clock", "_selector", "_fd_watchers",
        "_children_alive", "_thread_lock", "_from_threads", "_timers_from_threads", "_stop_from_thread",
        "_thread_woke", "_self_pipe",
        "_held_since", "_iterations",
        "_signal_handlers",
        "_tasks", "_track_task", "_freed_tasks", "_note_freed", "_current_task", "_awaited",
        "_run_frames", "_shared_offset", "_shared_rank", "_shared_waited",
        "_running", "_stopping", "_closed", "_wedged", "_debug", "_exception_handler", "_task_factory",
        "_asyncgens", "_old_agen_hooks", "_asyncgens_shutdown_called", "_instrument",
    )

    def __init__(self):
        # What to do, and when.
        self._ready = collections.deque()    # Handles and Tasks to run, in order (FIFO)
        self._schedule = self._ready.append  # the one way into the ready queue (bound once: no Python call)
        if type(self).call_soon is not BaseLoop.call_soon:
            self._schedule = self._schedule_through_call_soon
        self._timers = []                    # heap of TimerHandles, by sort key (see clock.py)
        self._cancelled_timers = 0           # cancelled entries still in the heap (removed lazily)
        self._clock = VirtualClock(virtualtime.timeline())  # the virtual time, and which timers are due
        self._selector = None                # a selectors.DefaultSelector, made by the first add_reader/writer
        self._fd_watchers = {}               # fd -> [reader Handle or None, writer Handle or None]
        self._children_alive = 0             # child processes not reaped yet: the clock follows the real one
        # What other threads hand over (call_soon_threadsafe), and how they wake the loop.
        self._thread_lock = threading.Lock()  # guards what other threads hand over, and _thread_woke
        self._from_threads = []              # Handles queued by other threads, moved to _ready when the loop wakes
        self._timers_from_threads = []       # TimerHandles other threads set (call_later), for the heap
        self._stop_from_thread = False       # another thread called stop(): the loop stops once it wakes
        self._thread_woke = False            # a call_soon_threadsafe since the last hand-over: the loop wakes
        self._self_pipe = None               # (read end, write end) socketpair, made when a thread is first at work
        self._held_since = None              # real time since which threads at work hold the clock (see HOLD_LIMIT)
        self._iterations = 0                 # iterations begun: a thread waiting on a timer sees the loop stuck
        self._signal_handlers = {}           # signal number -> Handle (signals.py): the self-pipe is the wake-up fd
        # Its place on the time line it shares with loops running beside it in other threads (sharedclock.py).
        self._shared_offset = 0.0            # this clock's time + the offset = the shared time
        self._shared_rank = 0                # the order it started running in, among loops that did
        self._shared_waited = False          # it waited on the shared clock since it last caught up
        # Who is doing it.
        self._tasks = []                     # weak references to this loop's tasks, in creation order
        self._track_task = self._tasks.append  # how a new task registers (as asyncio: weakly)
        self._freed_tasks = []               # references of tasks freed since the last clean-up of that list
        self._note_freed = self._freed_tasks.append  # each reference's callback (a C call as a task is freed)
        self._current_task = None            # the task whose step is running
        self._awaited = None                 # the future run_until_complete waits for (for deadlock reports)
        self._run_frames = None              # what run_until_complete's frame will hold (see _hold_awaited)
        # The loop's own state.
        self._running = False
        self._stopping = False               # stop() was called: finish this iteration, then return
        self._closed = False
        self._wedged = False                 # a Deadlock or Unsupported ended run_forever: the program stops there
        self._debug = _debug_by_default()
        self._exception_handler = None
        self._task_factory = None            # set_task_factory(): what create_task calls instead of Task()
        self._asyncgens = weakref.WeakSet()  # async generators started on this loop, closed at shutdown
        self._old_agen_hooks = None          # the async generator hooks run_forever replaced (restored after)
        self._asyncgens_shutdown_called = False
        self._instrument = None if _instrument_factory is None else _instrument_factory(self)
        _loops.add(self)

    # Debug mode: a callback or task step that keeps the loop busy this long (here: that moves the virtual
    # clock this far, as a blocking time.sleep() does) is reported on the asyncio logger.
    slow_callback_duration = 0.1

    def __repr__(self):
        # The loop class programs get is named after the one asyncio.run uses on Linux (io/sockets.py).
        return (f"<{type(self).__name__} running={self._running} "
                f"closed={self._closed} debug={self._debug}>")

    # ------------------------------------------------------------------ scheduling

    def time(self):
        if not self._running:  # all loops read one clock, which moved on while this one was not running
            self._clock.follow(virtualtime.timeline())
        return self._clock.now

    def call_soon(self, callback, *args, context=None):
        """Run ``callback(*args)`` in a later iteration, after everything already queued."""
        if self._closed:
            raise RuntimeError("Event loop is closed")
        if self._debug:
            self._check_thread()
            _check_callback(callback, "call_soon")
        handle = Handle(callback, args, self, context)
        if self._debug:
            handle.note_source()
        if self._running and events._get_running_loop() is not self:
            self._queue_from_another_thread((handle,))
            return handle
        self._ready.append(handle)
        return handle

    def _schedule_through_call_soon(self, entry):
        """``_schedule`` of a loop whose class overrides ``call_soon``: hand the override what asyncio
        hands it, a future's done callback with its arguments, or a task's next step."""
        if isinstance(entry, Handle):
            self.call_soon(entry._callback, *entry._args, context=entry._context)
        elif entry._fut_waiter is not None:  # woken by the future it awaited: asyncio's task_wakeup(future)
            self.call_soon(entry._step_soon, entry._fut_waiter, context=entry._context)
        else:
            self.call_soon(entry._step_soon, context=entry._context)

    def _queue_from_another_thread(self, entries):
        """Another thread's call_soon (the classic mistake), or the done callbacks of a future it completed:
        asyncio queues them but does not wake the loop, which sees them only when something else ends its
        wait (see _collect_ready)."""
        if self._instrument is not None:
            for entry in entries:
                self._instrument.called_from_thread(self, entry)
        with self._thread_lock:
            self._from_threads.extend(entries)

    def call_soon_threadsafe(self, callback, *args, context=None):
        """``call_soon`` from any thread: queued under a lock, then the loop is woken up.  In the loop's
        own thread it queues the callback at once, as call_soon does: asyncio's appends to the ready
        queue in either case, so calls from the loop's thread keep their order with call_soon's."""
        if self._closed:
            raise RuntimeError("Event loop is closed")
        if self._debug:
            _check_callback(callback, "call_soon_threadsafe")
        handle = Handle(callback, args, self, context)
        if self._debug:
            handle.note_source()
        if self._instrument is not None:
            self._instrument.called_from_thread(self, handle)
        if events._get_running_loop() is self:
            self._ready.append(handle)
            return handle
        with self._thread_lock:
            self._from_threads.append(handle)
            self._thread_woke = True
        sharedclock.withdraw(self)
        self._wake_up()
        return handle

    def call_later(self, delay, callback, *args, context=None):
        if delay is None:
            raise TypeError("delay must not be None")
        # On a real clock, two call_later(1) calls get two different deadlines (time moved on
        # between the calls): the second fires after the first.
        clock = self._clock
        clock.new_moment()
        return self.call_at(self.time() + delay, callback, *args, context=context)

    def call_at(self, when, callback, *args, context=None):
        if when is None:
            raise TypeError("when cannot be None")
        if self._closed:
            raise RuntimeError("Event loop is closed")
        if self._debug:
            self._check_thread()
            _check_callback(callback, "call_at")
        when = round(when, 9)
        timer = TimerHandle(when, callback, args, self, context, self._clock.sort_key(when))
        # Never due (sleep(inf), wait_for(..., timeout=inf)): asyncio would wait forever. Kept out of
        # the heap, it cannot make the clock jump to infinity and fire, and the deadlock detection
        # sees that nothing can happen.
        if when != _INFINITY:
            timer._scheduled = True
            if self._running and events._get_running_loop() is not self:
                # Another thread's call_at/call_later: asyncio pushes the timer onto its heap, which the
                # loop, already waiting for its earliest timer, looks at again only once that wait ends.
                with self._thread_lock:
                    self._timers_from_threads.append(timer)
            else:
                heapq.heappush(self._timers, timer)
        if self._debug:
            timer.note_source()
        return timer

    def _check_thread(self):
        """Debug mode only, as in asyncio: call_soon and call_at are for the loop's own thread (another
        thread has call_soon_threadsafe; a future it completes schedules its callbacks with call_soon)."""
        if self._running and events._get_running_loop() is not self:
            raise RuntimeError("Non-thread-safe operation invoked on an event loop other than the current one")

    def _timer_cancelled(self):
        self._cancelled_timers += 1

    def create_future(self):
        # futures.Future(loop=self), made cheaper (see futures._init_future).
        future = object.__new__(futures.Future)
        futures._init_future(future, self)
        return future

    def create_task(self, coro, *, name=None, context=None):
        if self._closed:
            raise RuntimeError("Event loop is closed")
        factory = self._task_factory
        if factory is None:
            if name is None and context is None:
                # tasks.Task(coro, loop=self), the call nearly every task is made with, made cheaper
                # (see futures._init_future).
                task = object.__new__(tasks.Task)
                tasks._init_task(task, coro, self)
            else:
                task = tasks.Task(coro, loop=self, name=name, context=context)
        else:
            task = factory(self, coro) if context is None else factory(self, coro, context=context)
            # 3.13.0 names the task even with no name given: it is called "None" (fixed in 3.13.1).
            if name is not None or active.task_factory_names_none:
                task.set_name(name)
            failure = getattr(task, "_exception", None)
            if active.traceback_holds_running_future and failure is not None and failure.__traceback__ is not None:
                # 3.12+: asyncio's create_task frame ends holding the task in a local, and a task that
                # failed in its eager first step has that frame below its traceback (f_back): a
                # cycle, so the failure is reported at garbage collection, not when the task is let go.
                task._held_by_traceback = (task._held_by_traceback, task)
        if self._instrument is not None:
            self._instrument.task_created(self, task)
        return task

    def set_task_factory(self, factory):
        """``factory(loop, coro, context=...)`` makes this loop's tasks from now on (None: Task)."""
        if factory is not None and not callable(factory):
            raise TypeError("task factory must be a callable or None")
        self._task_factory = factory

    def get_task_factory(self):
        return self._task_factory

    def _pending_tasks(self):
        """This loop's not-done tasks in creation order (asyncio's set order is arbitrary; ours
        is the most predictable choice)."""
        return [task for ref in self._tasks if (task := ref()) is not None and not task.done()]

    # ------------------------------------------------------------------ running

    def run_forever(self):
        try:
            self._check_runnable()
        except RuntimeError:
            # 3.13.0 runs the clean-up of a run even when its set-up failed: a nested
            # run_forever() leaves the outer run's loop not running and not the running loop
            # (fixed in 3.13.1).
            if active.nested_run_forever_resets_running_loop:
                self._end_run()
            raise
        global _last_loop
        _last_loop = self
        self._old_agen_hooks = sys.get_asyncgen_hooks()
        self._clock.follow(virtualtime.timeline())  # see time()
        self._running = True
        events._set_running_loop(self)
        sharedclock.join(self)
        for other in events.running_loops():  # they count this loop at work from now on
            if other is not self:
                other._wake_up()
        sys.set_asyncgen_hooks(firstiter=self._asyncgen_firstiter_hook,
                               finalizer=self._asyncgen_finalizer_hook)
        try:
            run_once = self._run_once
            while True:
                run_once()
                if self._stopping:
                    break
        except (exceptions.Deadlock, exceptions.Unsupported):
            self._wedged = True
            raise
        finally:
            self._end_run()

    def _end_run(self):
        self._stopping = self._stop_from_thread = False  # asyncio's one flag is reset whoever set it
        self._running = False
        events._set_running_loop(None)
        sharedclock.leave(self)
        if self._old_agen_hooks is not None:
            sys.set_asyncgen_hooks(*self._old_agen_hooks)
            self._old_agen_hooks = None

    def run_until_complete(self, future):
        """Run until ``future`` (a coroutine is wrapped in a Task) is done; return its result."""
        self._check_runnable()
        new_task = not futures.isfuture(future)
        future = tasks.ensure_future(future, loop=self)
        if new_task:
            future._log_destroy_pending = False  # we will retrieve its result ourselves
        future.add_done_callback(_run_until_complete_cb)
        self._awaited = future
        self._run_frames = runframes.new_run()
        try:
            try:
                self.run_forever()
            except BaseException:
                if new_task and future.done() and not future.cancelled():
                    future.exception()  # the error propagates anyway: don't also report it as unretrieved
                raise
            finally:
                future.remove_done_callback(_run_until_complete_cb)
                self._awaited = None
                self._hold_awaited(future)
            if not future.done():
                raise RuntimeError("Event loop stopped before Future completed.")
            return future.result()
        except BaseException as error:
            if error is getattr(future, "_exception", None):
                # Raising the future's own error: asyncio's frame, in that error's traceback, holds the
                # future, which holds the error, a cycle (an uncaught error's frames, and their locals, live
                # until the interpreter's final clean-up).  Made explicit rather than by holding the future
                # here, which from 3.12 more frames than this error's traceback would keep (f_back).
                future._held_by_traceback = (future._held_by_traceback, future)
            raise
        finally:
            # From 3.12 a traceback keeps the frames below its own alive (f_back), this one
            # included: let it not keep the future, so that what outlives the run does not depend
            # on the Python tinyloop runs on (versions.traceback_holds_running_future models 3.12's).
            future = None

    def _hold_awaited(self, future):
        """run_until_complete lets go of ``future``: the exceptions raised during the run that are still
        alive keep its frame, and so ``future``, alive (see runframes.py), so that a main task returning one
        of them, or a task failed with one, forms a cycle, freed only by the garbage collector.  Until now the
        run held ``future`` anyway, so the hold changed nothing; from now on it can, if such an exception is
        still alive: only then is the version asked (a coroutine's frame keeps the run's from 3.12)."""
        coroutines, callbacks = self._run_frames
        self._run_frames = None
        # The references beyond a local and getrefcount's argument are those of frames of exceptions alive.
        if sys.getrefcount(callbacks) > 2 or (sys.getrefcount(coroutines) > 2
                                              and active.traceback_holds_running_future):
            coroutines.future = callbacks.future = future

    def stop(self):
        """Return from run_forever after the current iteration.  From another thread (not thread-safe either):
        asyncio sets the same flag but does not wake the loop, which stops after the iteration that ends its
        wait."""
        if self._running and events._get_running_loop() is not self:
            with self._thread_lock:
                self._stop_from_thread = True
            return
        self._stopping = True

    def is_running(self):
        return self._running

    def is_closed(self):
        return self._closed

    def close(self):
        if self._running:
            raise RuntimeError("Cannot close a running event loop")
        if self._closed:
            return
        logging = sys.modules.get("logging")
        if self._debug and logging is not None:  # asyncio logs it in debug mode (seen with logging at DEBUG)
            logging.getLogger("asyncio").debug("Close %r", self)
        self._closed = True
        self._ready.clear()
        self._timers.clear()
        self._fd_watchers.clear()
        if self._self_pipe is not None:
            for end in self._self_pipe:
                end.close()
            self._self_pipe = None
        if self._selector is not None:
            self._selector.close()
            self._selector = None

    def get_debug(self):
        return self._debug

    def set_debug(self, enabled):
        self._debug = bool(enabled)

    def _check_runnable(self):
        if self._closed:
            raise RuntimeError("Event loop is closed")
        if self._running:
            raise RuntimeError("This event loop is already running")
        if events._get_running_loop() is not None:
            raise RuntimeError("Cannot run the event loop while another loop is running")

    # ------------------------------------------------------------------ one iteration

    def _run_once(self):
        self._iterations += 1
        ready = self._ready
        instrument = self._instrument
        if instrument is None:
            self._collect_ready()
        else:
            queued = len(ready)
            self._collect_ready()
            instrument.came_due(self, list(ready)[queued:])
        # Run only what is ready now; what these callbacks schedule waits for the next iteration.
        ntodo = len(ready)
        self._clock.worked(ntodo)
        debug = self._debug
        if instrument is None and not debug:
            for _ in range(ntodo):
                ready.popleft()._run()
            return
        clock = self._clock
        for _ in range(ntodo):
            entry = ready.popleft()
            if instrument is not None:
                instrument.before_run(self, entry)
            started = clock.now
            try:
                entry._run()
            finally:
                if instrument is not None:
                    instrument.after_run(self, entry)
            if debug and clock.now - started >= self.slow_callback_duration:
                _report_slow(entry, clock.now - started)
        entry = None  # a traceback may keep this frame (3.12+, f_back): not the last entry run

    def _collect_ready(self):
        """Steps 1 and 2 of an iteration: queue the callbacks of ready fds and due timers,
        jumping the clock first if nothing else can happen before the next timer."""
        timers = self._timers
        self._drop_cancelled_timers()
        freed = len(self._freed_tasks)
        if freed >= _MIN_TASKS_FOR_CLEANUP and 2 * freed >= len(self._tasks):
            self._forget_finished_tasks()
        # Counted before the hand-over is taken: a thread queues its last callback, then stops
        # being at work, so a count of 0 means that callback is already in _from_threads.
        at_work, on_real_clock = _count_threads() if _count_threads is not None else (0, False)
        if not (at_work or on_real_clock or self._ready) and _alarm_pending():
            on_real_clock = True
        if not at_work:
            self._held_since = None
        elif self._held_since is None:
            self._held_since = _real_monotonic()
        elif _real_monotonic() - self._held_since > HOLD_LIMIT:
            at_work, on_real_clock = 0, True
        beside = events.several_loops_running()
        if (at_work or on_real_clock or beside) and self._self_pipe is None:
            self._make_self_pipe()
        may_jump = True
        if self._fd_watchers or at_work or on_real_clock or self._signal_handlers:
            may_jump = self._poll_io(at_work, on_real_clock)
        # The loop did not wait, or something ended its wait: callbacks to run, I/O, a signal, a thread-safe call.
        woken = bool(self._ready) or self._stopping or self._thread_woke
        if woken:
            self._take_from_threads()
        if (beside or self._shared_waited) and self._waits_for_its_turn(beside, at_work, on_real_clock, may_jump):
            return
        idle = not self._ready and not self._stopping and not at_work and may_jump
        if not timers:
            if idle and not on_real_clock:
                raise self._deadlock()
            return
        clock = self._clock
        latest_due = clock.due(timers[0]._sort_key, idle)
        if not woken and timers[0]._sort_key <= latest_due:
            self._take_from_threads()  # the wait ended at a timer: what other threads queued runs first
        schedule = self._ready.append
        while timers and timers[0]._sort_key <= latest_due:
            timer = heapq.heappop(timers)
            timer._scheduled = False
            if timer._cancelled:
                self._cancelled_timers -= 1
            else:
                schedule(timer)

    def _waits_for_its_turn(self, beside, threads_at_work, thread_on_real_clock, may_jump):
        """``beside`` loops running in other threads (or having waited for them): whether this iteration must
        end here, the loop waiting for its turn to jump on the time line they share (sharedclock.py), or for
        a wake-up."""
        timers = self._timers
        if not beside or self._ready or self._stopping or (timers and timers[0]._when <= self._clock.now):
            if self._shared_waited:
                sharedclock.busy(self)
            return False
        free = not threads_at_work and not thread_on_real_clock and may_jump
        if sharedclock.wait(self, timers[0]._when if timers else _INFINITY, free) or thread_on_real_clock:
            return False
        if not threads_at_work:  # (_poll_io waited for them)
            self._schedule_ready_fds(self._selector.select(THREAD_POLL_PERIOD))
        return True

    def _take_from_threads(self):
        if self._from_threads or self._timers_from_threads or self._stop_from_thread:
            with self._thread_lock:
                self._stopping = self._stopping or self._stop_from_thread
                self._stop_from_thread = False
                self._ready.extend(self._from_threads)
                self._from_threads.clear()
                for timer in self._timers_from_threads:
                    heapq.heappush(self._timers, timer)
                self._timers_from_threads.clear()
                self._thread_woke = False

    def _drop_cancelled_timers(self):
        timers = self._timers
        if (len(timers) > _MIN_TIMERS_FOR_CLEANUP
                and self._cancelled_timers * 2 > len(timers)):
            live = []
            for timer in timers:
                if timer._cancelled:
                    timer._scheduled = False
                else:
                    live.append(timer)
            heapq.heapify(live)
            timers[:] = live  # in place: _run_once holds a reference to this list
            self._cancelled_timers = 0
        while timers and timers[0]._cancelled:
            heapq.heappop(timers)._scheduled = False
            self._cancelled_timers -= 1

    def _forget_finished_tasks(self):
        """Drop the references to finished and collected tasks: a task never becomes pending
        again.  Lazily, like cancelled timers: once half the references are to tasks freed since the
        last time (each reference's callback notes its task's end in _freed_tasks), so that a list of
        tasks all still pending is not read through for nothing; a finished task still in use is
        dropped then too."""
        tracked = self._tasks
        # The state is read rather than asked with done(): a subclass's done() is the program's, and asyncio
        # does not call it here either (its registry lets go of a task when the task is collected).
        tracked[:] = [ref for ref in tracked if (task := ref()) is not None and task._state is _PENDING]
        self._freed_tasks.clear()

    def _poll_io(self, threads_at_work, thread_on_real_clock):
        """Queue the callbacks of ready fds, waiting as long as the loop may; whether the clock may
        jump to the next timer now (not after a real-time wait that ended before it)."""
        if self._ready or self._stopping or self._thread_woke:
            timeout = 0
        elif (self._children_alive or thread_on_real_clock) and not threads_at_work:
            # A thread on the real clock may call the loop any time and leave without a word: look
            # again after a while when no timer bounds the wait.
            return self._wait_in_real_time(THREAD_POLL_PERIOD if thread_on_real_clock else None)
        elif threads_at_work:
            # The clock may not jump: fire only timers already due, else wait for the thread.
            due_now = self._timers and self._timers[0]._when <= self._clock.now
            timeout = 0 if due_now else THREAD_POLL_PERIOD
        elif not self._fd_watchers:
            timeout = 0  # only the self-pipe is watched, for signals the program sends itself: already there
        elif self._timers:
            timeout = IO_GRACE_PERIOD
        else:
            timeout = None  # only I/O can wake us up
        self._schedule_ready_fds(self._selector.select(timeout))
        return True

    def _schedule_ready_fds(self, ready):
        schedule = self._ready.append
        for key, mask in ready:
            if key.data is None:  # the self-pipe: a thread woke us (_collect_ready takes its callbacks) or a signal came
                signals = self._read_self_pipe()
                if signals:
                    schedule(Handle(self._deliver_signals, (signals,), self, None))
                continue
            reader, writer = key.data
            if mask & _EVENT_READ and reader is not None:
                schedule(reader)
            if mask & _EVENT_WRITE and writer is not None:
                schedule(writer)

    def _wait_in_real_time(self, poll_period):
        """Idle with a child process alive or a thread on the real clock: wait in real time for I/O
        (its pipes, its exit, a thread's wake-up), at most until the next timer (or ``poll_period``
        when there is none), and move the clock on by the real time waited (see the docstring).
        Whether the wait lasted until the timer (then the clock may jump to it)."""
        until_timer = max(0.0, self._timers[0]._when - self._clock.now) if self._timers else None
        timeout = poll_period if until_timer is None else until_timer
        started = _real_monotonic()
        ready = self._selector.select(timeout)
        self._clock.block(min(_real_monotonic() - started, timeout if timeout is not None else _INFINITY))
        self._schedule_ready_fds(ready)
        return until_timer is not None and not ready

    def _wake_up(self):
        """From another thread: end the loop's wait, so that it counts the threads again."""
        pipe = self._self_pipe
        if pipe is not None:
            try:
                pipe[1].send(b"\0")
            except OSError:
                pass  # the pipe is full (the loop will read it) or closed with the loop

    def _make_self_pipe(self):
        import socket
        reader, writer = socket.socketpair()
        reader.setblocking(False)
        writer.setblocking(False)
        self._self_pipe = (reader, writer)
        self._get_selector().register(reader.fileno(), _EVENT_READ, None)

    def _read_self_pipe(self):
        """Empty the self-pipe; the signal numbers it held (a thread's wake-up is a zero byte)."""
        signals = bytearray()
        try:
            while data := self._self_pipe[0].recv(4096):
                signals += data.replace(b"\0", b"")
        except BlockingIOError:
            pass
        return bytes(signals)

    def _deliver_signals(self, signals):
        """A callback, as asyncio's reading of its self-pipe is: queue the handlers of the signals read."""
        for signum in signals:
            handle = self._signal_handlers.get(signum)
            if handle is None:
                continue
            if handle._cancelled:
                self.remove_signal_handler(signum)
            else:
                self._ready.append(handle)

    def _get_selector(self):
        if self._selector is None:
            import selectors
            self._selector = selectors.DefaultSelector()
        return self._selector

    def _deadlock(self):
        pending = self._pending_tasks()
        lines = ["deadlock: no callback is ready, no timer is pending and no I/O is watched, "
                 "yet the program still waits:"]
        for task in pending:
            waiter = task._fut_waiter
            what = futures.describe(waiter) if waiter is not None else "nothing (it never got to run)"
            coro_name = getattr(task.get_coro(), "__qualname__", "?")
            lines.append(f"  {task.get_name()} ({coro_name}) waiting on {what}")
        awaited = self._awaited
        if awaited is None:
            lines.append("  run_forever() was not stopped: call loop.stop()")
        elif not isinstance(awaited, tasks.Task):
            lines.append(f"  run_until_complete() waiting on {futures.describe(awaited)}")
        error = exceptions.Deadlock("\n".join(lines), pending)
        if self._instrument is not None:
            self._instrument.deadlocked(self, error)
        return error

    # ------------------------------------------------------------------ watching file descriptors

    def add_reader(self, fd, callback, *args):
        self._watch(fd, 0, Handle(callback, args, self, None))

    def add_writer(self, fd, callback, *args):
        self._watch(fd, 1, Handle(callback, args, self, None))

    def remove_reader(self, fd):
        return self._unwatch(fd, 0)

    def remove_writer(self, fd):
        return self._unwatch(fd, 1)

    def _watch(self, fileobj, slot, handle):
        if self._closed:
            raise RuntimeError("Event loop is closed")
        fd = _fileobj_to_fd(fileobj)
        self._get_selector()
        watchers = self._fd_watchers.get(fd)
        if watchers is None:
            watchers = self._fd_watchers[fd] = [None, None]
            watchers[slot] = handle
            self._selector.register(fd, _mask(watchers), watchers)
        else:
            if watchers[slot] is not None:
                watchers[slot].cancel()
            watchers[slot] = handle
            self._selector.modify(fd, _mask(watchers), watchers)

    def _unwatch(self, fileobj, slot):
        if self._closed:
            return False
        fd = _fileobj_to_fd(fileobj)
        watchers = self._fd_watchers.get(fd)
        if watchers is None or watchers[slot] is None:
            return False
        watchers[slot].cancel()
        watchers[slot] = None
        if watchers == [None, None]:
            del self._fd_watchers[fd]
            self._selector.unregister(fd)
        else:
            self._selector.modify(fd, _mask(watchers), watchers)
        return True

    # ------------------------------------------------------------------ errors

    def set_exception_handler(self, handler):
        if handler is not None and not callable(handler):
            raise TypeError(f"A callable object or None is expected, got {handler!r}")
        self._exception_handler = handler

    def get_exception_handler(self):
        return self._exception_handler

    def call_exception_handler(self, context):
        if self._exception_handler is None:
            self.default_exception_handler(context)
            return
        try:
            ctx = _context_of(context) if active.exception_handler_in_callback_context else None
            if ctx is None:
                self._exception_handler(self, context)
            else:
                ctx.run(self._exception_handler, self, context)
        except exceptions.ESCAPING:
            raise
        except BaseException as exc:
            self.default_exception_handler({
                "message": "Unhandled error in exception handler",
                "exception": exc,
                "context": context,
            })

    def default_exception_handler(self, context):
        """Report on stderr like asyncio's handler (which logs through the ``asyncio`` logger)."""
        message = context.get("message") or "Unhandled exception in event loop"
        lines = [message]
        for key in sorted(context):
            if key not in ("message", "exception"):
                lines.append(f"{key}: {context[key]!r}")
        exception = context.get("exception")
        logging = sys.modules.get("logging")
        if logging is not None:  # the program may have configured logging: go through it
            exc_info = (type(exception), exception, exception.__traceback__) if exception else False
            logging.getLogger("asyncio").error("\n".join(lines), exc_info=exc_info)
            return
        # What logging's last-resort handler would print, without importing logging (this also
        # runs from __del__ while the interpreter shuts down, when imports are no longer possible).
        if exception is not None:
            try:
                import traceback
            except ImportError:  # the interpreter is shutting down
                traceback = None
            if traceback is not None:
                lines.append("".join(traceback.format_exception(exception)).rstrip())
            else:
                lines.append(f"{type(exception).__name__}: {exception}")
        print("\n".join(lines), file=sys.stderr)

    # ------------------------------------------------------------------ async generators

    def _asyncgen_firstiter_hook(self, agen):
        self._asyncgens.add(agen)

    def _asyncgen_finalizer_hook(self, agen):
        # An async generator was garbage-collected unfinished: close it in a task, as asyncio does,
        # through call_soon_threadsafe (the collection may happen in any thread; a loop class of the
        # program's that overrides it, or call_soon, sees what asyncio's would).
        self._asyncgens.discard(agen)
        if not self._closed:
            self.call_soon_threadsafe(self.create_task, asyncgens.Aclose(agen))

    async def shutdown_asyncgens(self):
        """Close every async generator still alive (asyncio.run does this at the end)."""
        self._asyncgens_shutdown_called = True
        if not len(self._asyncgens):
            return
        closing = list(self._asyncgens)
        self._asyncgens.clear()
        results = await gather(*[agen.aclose() for agen in closing], return_exceptions=True)
        for result, agen in zip(results, closing):
            if isinstance(result, Exception):
                self.call_exception_handler({
                    "message": f"an error occurred during closing of asynchronous generator {agen!r}",
                    "exception": result,
                    "asyncgen": agen,
                })

    async def shutdown_default_executor(self, timeout=tasks._NOT_GIVEN):
        """No executor here (threads.py's ExecutorLoop has one and calls this first); asyncio.run awaits it.
        The ``timeout`` came in 3.12 (before, passing one is a TypeError; asyncio's comes at the
        call, this one when the coroutine starts, which ``await`` does at once)."""
        if timeout is not tasks._NOT_GIVEN and not active.shutdown_default_executor_timeout:
            raise TypeError("BaseEventLoop.shutdown_default_executor() takes 1 positional argument but 2 were given")



def name_methods_as_asyncio(cls, asyncio_class, names=None):
    """Give ``cls``'s public methods (or those in ``names``) the qualified names of asyncio's, whose class is
    ``asyncio_class``: programs print them in errors ("BaseEventLoop.call_soon() got an unexpected keyword
    argument 'end'"), in handle reprs ("<Handle BaseEventLoop.stop()>") and, for the coroutines among them, in
    task reprs (asyncio.run's clean-up runs ``shutdown_asyncgens`` as a task)."""
    for name, member in vars(cls).items():
        if callable(member) and not name.startswith("_") and (names is None or name in names):
            member.__qualname__ = f"{asyncio_class}.{name}"


name_methods_as_asyncio(BaseLoop, "BaseEventLoop")
name_methods_as_asyncio(BaseLoop, "BaseSelectorEventLoop", {"add_reader", "add_writer", "remove_reader",
                                                            "remove_writer"})


def _report_slow(entry, took):
    """Debug mode: the warning asyncio logs after a slow callback, naming the task whose step it was."""
    import logging

    if isinstance(entry, tasks.Task):  # a task's step (tinyloop queues the task itself)
        described = repr(entry)
    else:  # a handle, which asyncio shows as the task whose method it calls, if it does
        owner = getattr(entry._callback, "__self__", None)
        described = repr(owner) if isinstance(owner, tasks.Task) else str(entry)
    logging.getLogger("asyncio").warning("Executing %s took %.3f seconds", described, took)


# Every public method of the loop asyncio 3.11's asyncio.run() makes; tests/tinyloop checks this
# list against real asyncio.  Those the loop does not define raise Unsupported (see below).
ASYNCIO_LOOP_METHODS = frozenset("""
    add_reader add_signal_handler add_writer call_at call_exception_handler call_later call_soon
    call_soon_threadsafe close connect_accepted_socket connect_read_pipe connect_write_pipe
    create_connection create_datagram_endpoint create_future create_server create_task
    create_unix_connection create_unix_server default_exception_handler get_debug
    get_exception_handler get_task_factory getaddrinfo getnameinfo is_closed is_running
    remove_reader remove_signal_handler remove_writer run_forever run_in_executor run_until_complete
    sendfile set_debug set_default_executor set_exception_handler set_task_factory
    shutdown_asyncgens shutdown_default_executor slow_callback_duration sock_accept sock_connect
    sock_recv sock_recv_into sock_recvfrom sock_recvfrom_into sock_sendall sock_sendfile sock_sendto
    start_tls stop subprocess_exec subprocess_shell time
""".split())


tasks._LOOP_CREATE_TASK[0] = BaseLoop.create_task


class _UnsupportedMethod:
    """A loop method asyncio has and tinyloop does not model: looking it up raises Unsupported.

    A descriptor rather than a ``__getattr__``: a class with ``__getattr__`` makes every
    attribute lookup on its instances slower, and the loop's are on the hot path.  A subclass
    that implements the method (``io/sockets.py``'s ``sock_recv`` ...) simply overrides it.
    """

    def __init__(self, name):
        self._name = name

    def __get__(self, loop, owner=None):
        if loop is None:
            return self  # looked up on the class (introspection): no program is using it
        raise exceptions.Unsupported(f"loop.{self._name}")


for _name in sorted(ASYNCIO_LOOP_METHODS - set(dir(BaseLoop))):
    setattr(BaseLoop, _name, _UnsupportedMethod(_name))


def _context_of(context):
    """3.12: the contextvars context a custom exception handler runs in: that of the task, the future
    or the handle the report is about (whichever has ``get_context``), else None."""
    thing = context.get("task")
    if thing is None:
        thing = context.get("future")
    if thing is None:
        thing = context.get("handle")
    return thing.get_context() if thing is not None and hasattr(thing, "get_context") else None


def _check_callback(callback, method):
    """Debug mode only, as in asyncio: catch the classic mistakes early."""
    if tasks.iscoroutine(callback) or tasks.iscoroutinefunction(callback):
        raise TypeError(f"coroutines cannot be used with {method}()")
    if not callable(callback):
        raise TypeError(f"a callable object was expected by {method}(), got {callback!r}")


def _run_until_complete_cb(future):
    # As asyncio: if the future ended with KeyboardInterrupt/SystemExit, the loop is already
    # unwinding with that exception, no need to stop it.
    if not future.cancelled() and isinstance(future.exception(), (SystemExit, KeyboardInterrupt)):
        return
    future.get_loop().stop()


def _shown_where_asyncio_defines_it(function, module):
    """Let reprs show ``function`` at the file and line of its namesake in the running Python's
    ``asyncio/MODULE.py``: a program printing its main task prints ``cb=[_run_until_complete_cb() at
    .../asyncio/base_events.py:180]`` under asyncio.  Left as it is when that file cannot be read."""
    import os

    path = os.path.join(os.path.dirname(os.__file__), "asyncio", f"{module}.py")
    try:
        with open(path, encoding="utf-8") as source:
            line = next(number for number, text in enumerate(source, 1)
                        if text.startswith(f"def {function.__name__}("))
    except (OSError, StopIteration):
        return
    function.__code__ = function.__code__.replace(co_filename=path, co_firstlineno=line)


_shown_where_asyncio_defines_it(_run_until_complete_cb, "base_events")


_EVENT_READ, _EVENT_WRITE = 1, 2  # selectors.EVENT_READ / EVENT_WRITE, without importing selectors


def _mask(watchers):
    return (_EVENT_READ if watchers[0] is not None else 0) | (_EVENT_WRITE if watchers[1] is not None else 0)


def _fileobj_to_fd(fileobj):
    if isinstance(fileobj, int):
        fd = fileobj
    else:
        try:
            fd = int(fileobj.fileno())
        except (AttributeError, TypeError, ValueError):
            raise ValueError(f"Invalid file object: {fileobj!r}") from None
    if fd < 0:
        raise ValueError(f"Invalid file descriptor: {fd}")
    return fd


def _debug_by_default():
    """Whether a new loop starts in debug mode, as asyncio's do: under ``python -X dev``, or when
    PYTHONASYNCIODEBUG is set to any non-empty string ("0" too), which a program may do itself,
    in ``os.environ``, before it makes its loop."""
    return sys.flags.dev_mode or (not sys.flags.ignore_environment
                                  and bool(os.environ.get("PYTHONASYNCIODEBUG")))


def _alarm_pending():
    """Whether the process has a real-time alarm pending (``signal.alarm``, ``signal.setitimer(ITIMER_REAL)``):
    its signal comes on the real clock, which the loop must then follow rather than jump past it."""
    return _getitimer is not None and _getitimer(_ITIMER_REAL)[0] > 0


def block_running_loop(seconds):
    """A blocking call took ``seconds``: the running loop's clock moves on (for ``virtualtime``).
    While a child process is alive the clock follows the real one, and so does the blocking call:
    the child runs meanwhile (it may exit before the loop looks again)."""
    loop = events._get_running_loop()
    if loop is not None:
        if loop._children_alive:
            _real_sleep(seconds)
        loop._clock.block(seconds)


def finalize_at_exit():
    """What Python's shutdown does to the asyncio objects a program leaves behind.

    At exit Python frees what is still alive, and asyncio's ``__del__`` methods speak up: a task
    still pending logs "Task was destroyed but it is pending!" and its coroutine is closed, which
    runs the coroutine's ``finally`` blocks (they may print); a future whose exception nobody
    retrieved logs "... exception was never retrieved" (see ``futures.report_unretrieved_at_exit``).
    A sandboxed run ends with ``os._exit()`` instead, so ``install()`` registers this with
    ``atexit``.  Nothing is done after a deadlock or an unsupported API: the real program would
    still be hanging, or would not have run at all.
    """
    loops = list(_loops)
    if any(loop._wedged for loop in loops):
        return
    for loop in loops:
        for task in loop._pending_tasks():
            if task._log_destroy_pending:
                task._log_destroy_pending = False
                loop.call_exception_handler({
                    "message": "Task was destroyed but it is pending!",
                    "task": task,
                })
            try:
                task._coro.close()
            except Exception:
                pass  # Python reports it as "Exception ignored in ...", on stderr
    futures.report_unretrieved_at_exit()


def last_run_stats():
    """``{"virtual_time": ...}`` of the most recent loop that ran, plus what its instrument
    counted (``tasks``, ``clean_up_tasks``, ``steps``, ``callbacks``: see ``trace.count()``), or None."""
    loop = _last_loop
    if loop is None:
        return None
    counted = loop._instrument.counts() if loop._instrument is not None else {}
    return {"virtual_time": loop.time(), **counted}
