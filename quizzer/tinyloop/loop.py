"""The event loop (asyncio's ``base_events.BaseEventLoop`` with ``selector_events``' fd watchers).

An event loop is a queue of things to do and a loop that does them.  Each *iteration*
(``_run_once``, the one place where callbacks are called):

1. if file descriptors are watched, asks the selector which are ready and queues their callbacks;
2. moves the timers whose deadline has come to the ready queue, earliest first (ties: see
   "virtual clock" below);
3. runs the callbacks that were in the ready queue **when the iteration began** — a snapshot
   count.  Whatever they schedule (``call_soon``, a future's done callbacks, a task's next step)
   waits for the next iteration.  This rule decides most "in which order do the lines print"
   puzzles.

Where tinyloop simplifies or differs from asyncio:

* **virtual clock**: ``time()`` starts at 0.0 and only moves when nothing is ready, jumping
  straight to the next timer: ``await asyncio.sleep(3600)`` takes no real time.  Deadlines are
  rounded to the nanosecond so that ``0.7 + 0.1`` and ``0.8`` are the same instant.
  A real loop always wakes up a little *after* a deadline, so a timer set after a wake-up is
  slightly later than a timer set earlier for the same nominal time: ``sleep(0.1)`` twice ends
  after ``sleep(0.2)``.  tinyloop models this without blurring ``time()``:
  each timer carries a *lateness*, the number of wake-ups in the chain that set it, and equal
  deadlines fire in order of lateness.  An idle real loop waits in epoll, whose timeout is
  rounded up to whole milliseconds: it wakes up about as late past the deadline as it was when
  it went to sleep, so the timers set since its last wake-up (one wake-up later than that one)
  are found due too and fire in the same iteration (``sleep(0.05)`` twice ends in the iteration
  of ``sleep(0.1)``, before anything the latter's wake-up schedules).  Timers from longer chains
  of wake-ups, and those reached while the loop was busy, fire each lateness in its own
  iteration.  Likewise two
  ``call_later`` calls are two moments of a real clock: equal delays fire in the order they were
  set.  But timers given *the very same* ``call_at`` deadline tie, as in asyncio, whose heap
  then pops them in heap order (not necessarily the order they were set): tinyloop uses the
  same heap operations, so it reproduces that order.
  While file descriptors are watched, the selector is polled for real (briefly) before the
  clock jumps, so that loopback I/O keeps the order it has under asyncio.  ``install()`` also
  makes the ``time`` module follow the virtual clock (see ``virtualtime.py``);
* **deadlock detection**: when nothing is ready, no timer is pending and no fd is watched, nothing
  can ever happen again; asyncio would hang, tinyloop raises ``Deadlock`` with a report of who
  waits on what;
* the ready queue holds Handles *and* Tasks (a task whose turn it is, see tasks.py);
* no threads (``call_soon_threadsafe``), executors, signals, subprocesses, transports: those raise
  ``Unsupported`` (see ``__getattr__`` below).
"""

import collections
import heapq
import sys
import weakref

from . import exceptions
from . import futures
from . import runners
from . import tasks
from . import virtualtime
from .handles import Handle, TimerHandle

# With fds watched and a timer pending, how long (real seconds) to wait for I/O before deciding
# that none is coming and jumping the virtual clock to the timer.
IO_GRACE_PERIOD = 0.005

# The virtual time one callback is taken to cost while the loop never goes idle, and how late a
# real loop wakes up after a deadline: only used to let timers fire under a busy loop.
CALLBACK_COST = 1e-6
WAKEUP_LATENESS = 1e-4

_INFINITY = float("inf")

# Rebuild the timer heap when it holds this many entries and more than half are cancelled.
_MIN_TIMERS_FOR_CLEANUP = 100

# The most recent loop that ran, for last_run_stats().
_last_loop = None
# Every loop, weakly, for finalize_at_exit().
_loops = weakref.WeakSet()


class AbstractEventLoop:
    """``asyncio.AbstractEventLoop``: only here for ``isinstance`` checks and type hints."""

    __module__ = "asyncio.events"


class BaseLoop(AbstractEventLoop):
    """The core loop: ready queue, timer heap, fd watchers, virtual clock."""

    def __init__(self):
        self._ready = collections.deque()  # Handles and Tasks to run, in order (FIFO)
        self._timers = []                  # heap of TimerHandles, earliest first (see "virtual clock")
        self._moment = 0                   # counts call_later calls: the real clock would have moved
        self._cancelled_timers = 0         # cancelled entries still in the heap (removed lazily)
        self._clock = 0.0                  # virtual time, in seconds
        self._lateness = 0                 # how many timer wake-ups led to the present moment
        self._busy = 0.0                   # seconds of work done since the clock last jumped (see _let_busy_time_pass)
        self._selector = None              # a selectors.DefaultSelector, made by the first add_reader/writer
        self._fd_watchers = {}             # fd -> [reader Handle or None, writer Handle or None]
        self._tasks = weakref.WeakSet()    # every task of this loop, weakly (as asyncio: forgotten tasks can be GC'd)
        self._current_task = None          # the task whose step is running
        self._awaited = None               # the future run_until_complete waits for (for deadlock reports)
        self._running = False
        self._stopping = False             # stop() was called: finish this iteration, then return
        self._closed = False
        self._debug = False
        self._exception_handler = None
        self._asyncgens = weakref.WeakSet()  # async generators started on this loop, closed at shutdown
        self._asyncgens_shutdown_called = False
        # statistics, cheap to keep: one addition per iteration, per plain callback, per task
        self._entries_run = 0
        self._callbacks_run = 0
        self._tasks_created = 0
        _loops.add(self)

    def __repr__(self):
        # Named after the class asyncio.run uses on Linux, since programs may print their loop.
        return (f"<_UnixSelectorEventLoop running={self._running} "
                f"closed={self._closed} debug={self._debug}>")

    # ------------------------------------------------------------------ scheduling

    def time(self):
        return self._clock

    def call_soon(self, callback, *args, context=None):
        """Run ``callback(*args)`` in a later iteration, after everything already queued."""
        if self._closed:
            raise RuntimeError("Event loop is closed")
        if self._debug:
            _check_callback(callback, "call_soon")
        handle = Handle(callback, args, self, context)
        self._ready.append(handle)
        return handle

    def call_later(self, delay, callback, *args, context=None):
        if delay is None:
            raise TypeError("delay must not be None")
        # On a real clock, two call_later(1) calls get two different deadlines (time moved on
        # between the calls): the second fires after the first.  A new "moment" models that.
        self._moment += 1
        return self.call_at(self._clock + delay, callback, *args, context=context)

    def call_at(self, when, callback, *args, context=None):
        if when is None:
            raise TypeError("when cannot be None")
        if self._closed:
            raise RuntimeError("Event loop is closed")
        if self._debug:
            _check_callback(callback, "call_at")
        when = round(when, 9)
        timer = TimerHandle(when, callback, args, self, context)
        if when == _INFINITY:
            # Never due (sleep(inf), wait_for(..., timeout=inf)): asyncio would wait forever.
            # Kept out of the heap, it cannot make the clock jump to infinity and fire, and the
            # deadlock detection sees that nothing can happen.
            return timer
        # A real loop wakes up a little after each deadline, so a timer set *after* a wake-up
        # is a little later than one set before it for the same nominal time (see the docstring).
        lateness = self._lateness if when <= self._clock else self._lateness + 1
        timer._sort_key = (when, lateness, self._moment)
        timer._scheduled = True
        heapq.heappush(self._timers, timer)
        return timer

    def _timer_cancelled(self):
        self._cancelled_timers += 1

    def create_future(self):
        return futures.Future(loop=self)

    def create_task(self, coro, *, name=None, context=None):
        if self._closed:
            raise RuntimeError("Event loop is closed")
        self._tasks_created += 1
        return tasks.Task(coro, loop=self, name=name, context=context)

    # ------------------------------------------------------------------ running

    def run_forever(self):
        self._check_runnable()
        global _last_loop
        _last_loop = self
        old_hooks = sys.get_asyncgen_hooks()
        self._running = True
        runners._set_running_loop(self)
        sys.set_asyncgen_hooks(firstiter=self._asyncgen_firstiter_hook,
                               finalizer=self._asyncgen_finalizer_hook)
        try:
            run_once = self._run_once
            while True:
                run_once()
                if self._stopping:
                    break
        finally:
            self._stopping = False
            self._running = False
            runners._set_running_loop(None)
            sys.set_asyncgen_hooks(*old_hooks)

    def run_until_complete(self, future):
        """Run until ``future`` (a coroutine is wrapped in a Task) is done; return its result."""
        self._check_runnable()
        new_task = not futures.isfuture(future)
        future = tasks.ensure_future(future, loop=self)
        if new_task:
            future._log_destroy_pending = False  # we will retrieve its result ourselves
        future.add_done_callback(_run_until_complete_cb)
        self._awaited = future
        try:
            self.run_forever()
        except BaseException:
            if new_task and future.done() and not future.cancelled():
                future.exception()  # the error propagates anyway: don't also report it as unretrieved
            raise
        finally:
            future.remove_done_callback(_run_until_complete_cb)
            self._awaited = None
        if not future.done():
            raise RuntimeError("Event loop stopped before Future completed.")
        return future.result()

    def stop(self):
        """Return from run_forever after the current iteration."""
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
        self._closed = True
        self._ready.clear()
        self._timers.clear()
        self._fd_watchers.clear()
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
        if runners._get_running_loop() is not None:
            raise RuntimeError("Cannot run the event loop while another loop is running")

    # ------------------------------------------------------------------ one iteration

    def _run_once(self):
        self._collect_ready()
        # Run only what is ready now; what these callbacks schedule waits for the next iteration.
        ready = self._ready
        ntodo = len(ready)
        self._entries_run += ntodo
        self._busy += ntodo * CALLBACK_COST
        popleft = ready.popleft
        for _ in range(ntodo):
            popleft()._run()

    def _collect_ready(self):
        """Steps 1 and 2 of an iteration: queue the callbacks of ready fds and due timers,
        jumping the clock first if nothing else can happen before the next timer."""
        ready = self._ready
        timers = self._timers
        self._drop_cancelled_timers()
        if self._fd_watchers:
            self._poll_io()
        idle = not ready and not self._stopping
        if idle:
            if not timers:
                raise self._deadlock()
            # Nothing to do until the next timer: jump the virtual clock there (forward only:
            # a blocking time.sleep() may have moved it past the timer already).
            woke_late_by = self._lateness
            when, lateness, _ = timers[0]._sort_key
            if (when, lateness) > (self._clock, self._lateness):
                virtualtime.skip(when - self._clock)
                self._clock, self._lateness = when, lateness
            self._busy = 0.0
        elif timers and self._busy:
            self._let_busy_time_pass(timers[0])
        clock, lateness = self._clock, self._lateness
        if idle and lateness <= woke_late_by:
            # An idle real loop sleeps in epoll, whose timeout is rounded *up* to whole
            # milliseconds: it wakes up as late past the deadline as it was late when it went
            # to sleep.  So the timers of this nominal deadline that were set since the last
            # wake-up (one wake-up later than it) are due too: they fire in this iteration,
            # after the first, in order of lateness.  Timers from chains of more wake-ups are
            # later still and wait for their own iteration.
            lateness = woke_late_by + 1
        while timers:
            when, timer_lateness, _ = timers[0]._sort_key
            if when > clock or when == clock and timer_lateness > lateness:
                break
            timer = heapq.heappop(timers)
            timer._scheduled = False
            if timer._cancelled:
                self._cancelled_timers -= 1
            else:
                ready.append(timer)
                if timer_lateness > self._lateness and when == clock:
                    self._lateness = timer_lateness   # now is after the latest of them

    def _let_busy_time_pass(self, timer):
        """Fire a timer that the work done since the clock last moved would have reached.

        A loop that always has callbacks ready (a task spinning on ``await asyncio.sleep(0)``
        until a timer sets a flag) never goes idle, so the clock would never jump and the timer
        would never fire, where under asyncio real time passes and it does.  Each callback run
        is counted as CALLBACK_COST seconds of work; once that work reaches the next timer's
        deadline the clock moves there.  Ordinary programs run far too few callbacks between
        timers for this to change anything.
        """
        when, lateness, _ = timer._sort_key
        ahead = when - self._clock + max(0, lateness - self._lateness) * WAKEUP_LATENESS
        if ahead <= self._busy and (when, lateness) > (self._clock, self._lateness):
            virtualtime.skip(when - self._clock)
            self._clock, self._lateness = when, lateness
            self._busy -= ahead

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

    def _poll_io(self):
        if self._ready or self._stopping:
            timeout = 0
        elif self._timers:
            timeout = IO_GRACE_PERIOD
        else:
            timeout = None  # only I/O can wake us up
        ready = self._ready
        for key, mask in self._selector.select(timeout):
            reader, writer = key.data
            if mask & _EVENT_READ and reader is not None:
                ready.append(reader)
            if mask & _EVENT_WRITE and writer is not None:
                ready.append(writer)

    def _deadlock(self):
        pending = tasks._pending_tasks(self)
        lines = ["deadlock: no callback is ready, no timer is pending and no I/O is watched, "
                 "yet the program still waits:"]
        for task in pending:
            waiter = task._fut_waiter
            what = waiter._describe() if waiter is not None else "nothing (it never got to run)"
            coro_name = getattr(task.get_coro(), "__qualname__", "?")
            lines.append(f"  {task.get_name()} ({coro_name}) waiting on {what}")
        awaited = self._awaited
        if awaited is None:
            lines.append("  run_forever() was not stopped: call loop.stop()")
        elif not isinstance(awaited, tasks.Task):
            lines.append(f"  run_until_complete() waiting on {awaited._describe()}")
        return exceptions.Deadlock("\n".join(lines), pending)

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
        if self._selector is None:
            import selectors
            self._selector = selectors.DefaultSelector()
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
            self._exception_handler(self, context)
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
        # An async generator was garbage-collected unfinished: close it in a task, as asyncio does.
        self._asyncgens.discard(agen)
        if not self._closed:
            self.call_soon(self.create_task, agen.aclose())

    async def shutdown_asyncgens(self):
        """Close every async generator still alive (asyncio.run does this at the end)."""
        self._asyncgens_shutdown_called = True
        if not len(self._asyncgens):
            return
        closing = list(self._asyncgens)
        self._asyncgens.clear()
        from .combinators import gather
        results = await gather(*[agen.aclose() for agen in closing], return_exceptions=True)
        for result, agen in zip(results, closing):
            if isinstance(result, Exception):
                self.call_exception_handler({
                    "message": f"an error occurred during closing of asynchronous generator {agen!r}",
                    "exception": result,
                    "asyncgen": agen,
                })

    async def shutdown_default_executor(self):
        """tinyloop has no executor; kept because asyncio.run awaits it (it costs a Task number)."""

    # ------------------------------------------------------------------ outside the subset

    def __getattr__(self, name):
        if name in exceptions.ASYNCIO_LOOP_NAMES:
            raise exceptions.Unsupported(f"loop.{name}")
        raise AttributeError(f"{type(self).__name__!r} object has no attribute {name!r}")

    # ------------------------------------------------------------------ statistics

    def _stats(self):
        return {
            "virtual_time": self._clock,
            "tasks": self._tasks_created,
            "steps": self._entries_run - self._callbacks_run,
            "callbacks": self._callbacks_run,
        }


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


def block_running_loop(seconds):
    """A blocking call took ``seconds``: the running loop's clock moves on (for ``virtualtime``)."""
    loop = runners._get_running_loop()
    if loop is not None:
        loop._clock = round(loop._clock + seconds, 9)


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
    if exceptions.program_stopped:
        return
    for loop in list(_loops):
        for task in tasks._pending_tasks(loop):
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
    """``{"virtual_time", "tasks", "steps", "callbacks"}`` of the most recent loop that ran."""
    return None if _last_loop is None else _last_loop._stats()
