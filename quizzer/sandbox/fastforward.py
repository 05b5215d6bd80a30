"""Real asyncio with a fast-forwarding virtual clock: the `"asyncio-ff"` loop of the sandbox.

`FastForwardEventLoop` is asyncio's own `SelectorEventLoop` with two things replaced, so that the differential
check of the bank can run real asyncio's Task, Future and library code unchanged, without waiting out sleeps:

- `time()` is a virtual clock that starts at 0;
- the selector's wait: when the loop would block in `select(timeout)` and a real non-blocking poll finds nothing
  ready, the clock jumps by `timeout` instead of sleeping. When the program has descriptors of its own registered
  (beyond the loop's self-pipe), a brief real poll comes first so loopback I/O in flight gets through. While an
  executor job (`run_in_executor`, `to_thread`, `getaddrinfo`) or a thread of the program runs, the wait is real
  and the clock follows real time, since that thread may wake the loop at any moment (the time between waits
  too, as real asyncio's clock does). So is the wait while a real-time alarm is pending (`signal.alarm`).
- When the loop would block forever with no descriptor of the program registered and no thread running, nothing
  can ever wake it: it raises `Deadlock` (a BaseException, like tinyloop's) with one line per pending task,
  where real asyncio would hang.

On a virtual clock deadlines of the same delay are equal where a real clock's differ by the time between their
readings: its timers are ordered by deadline (to the nanosecond) and then by the order the deadlines were read
off the clock (`call_later`, `asyncio.timeout()`, which `install()` wraps to count its reading; see call_at).

`install()` makes asyncio's default policy create this loop (so `asyncio.run()` / `new_event_loop()` do), and
gives the program the same virtual `time` module as tinyloop does (`quizzer.tinyloop.virtualtime`): its clocks
include the skipped waits, and a blocking `time.sleep()` moves the loop's clock instead of sleeping, so the two
loops are compared on the same footing.  A `time.sleep()` in a thread that runs no loop is a real sleep, the main thread's
too while another thread runs (a loop there follows the real clock meanwhile), and so is one that blocks a loop while
another thread of the program runs (that thread may print before the sleep ends).
"""

import asyncio
import functools
import heapq
import selectors
import signal
import threading
import time

from quizzer.tinyloop import virtualtime

# Long enough for loopback TCP between two tasks of the program to complete a step, short enough not to show.
BRIEF_REAL_POLL = 0.002

last_virtual_time: float | None = None


class Deadlock(BaseException):
    """The loop would wait forever: no ready callback, no timer, no descriptor or thread that could wake it."""


class FastForwardSelector(selectors.DefaultSelector):
    """The platform selector whose blocking wait becomes a jump of its loop's virtual clock."""

    def __init__(self) -> None:
        super().__init__()
        self.loop: "FastForwardEventLoop | None" = None
        # When the last select returned (real clock), whether a thread was running then, and how many executor
        # jobs had been submitted: what decides whether the time since then was real time (see catch_up).
        self.returned_at = time.monotonic()
        self.threads_ran_at_return = False
        self.jobs_at_return = 0

    def select(self, timeout: float | None = None) -> list:
        self.catch_up()
        try:
            return self.wait(timeout)
        finally:
            loop = self.loop
            self.returned_at = time.monotonic()
            self.threads_ran_at_return = loop.other_threads_running()
            self.jobs_at_return = loop.executor_jobs_submitted

    def catch_up(self) -> None:
        """While a thread runs the loop's clock follows the real clock, outside its waits too: on a busy machine
        the loop's thread can be kept from its wait for longer than a job lasts, and then finds the job's wake-up
        already there at its first poll. Real asyncio's clock saw that time pass; so must this one. (A thread the
        program starts and that ends between two waits without being seen running is not caught.)"""
        loop = self.loop
        if (self.threads_ran_at_return or self.jobs_at_return != loop.executor_jobs_submitted
                or loop.other_threads_running()):
            loop.virtual_now += time.monotonic() - self.returned_at

    def wait(self, timeout: float | None) -> list:
        ready = super().select(0)
        if ready or timeout == 0:
            return ready
        loop = self.loop
        # A real-time alarm (signal.alarm, setitimer) comes on the real clock: jumping past it would miss it.
        if loop.other_threads_running() or signal.getitimer(signal.ITIMER_REAL)[0] > 0:
            started = time.monotonic()
            ready = super().select(timeout)
            elapsed = time.monotonic() - started
            # Real time really passed: the program's clocks saw it already, only the loop's moves.
            loop.virtual_now += elapsed if timeout is None else min(elapsed, timeout)
            return ready
        # A thread that ended between the first poll and the look at the threads woke the loop before it ended
        # (asyncio.run's executor shut-down does): poll again now that no thread can, or that wake-up is missed.
        ready = super().select(0)
        if ready:
            return ready
        if loop.program_fds_registered():
            ready = super().select(BRIEF_REAL_POLL if timeout is None else min(timeout, BRIEF_REAL_POLL))
            if ready:
                return ready
            if timeout is None:
                # The program waits on real I/O only: so would real asyncio (the sandbox's timeout bounds it).
                return super().select(None)
        if timeout is None:
            loop.deadlock = Deadlock(loop.deadlock_report())
            raise loop.deadlock
        loop.advance(timeout)
        return []


class RealClockTimerHandle(asyncio.TimerHandle):
    """A timer ordered by (deadline, order set in): see FastForwardEventLoop.call_later and call_at. To a program
    it is asyncio's TimerHandle: its class's name and module (so `type(handle).__name__` and the repr), and in
    debug mode it was created where the program called call_later or call_at."""

    __slots__ = ("set_order",)
    __module__ = "asyncio.events"

    def __init__(self, when, callback, args, loop, context, set_order: float) -> None:
        super().__init__(when, callback, args, loop, context)
        self.set_order = set_order

    # A program may compare timers too: asyncio's comparisons with the deadline replaced by the heap key (timers set
    # at different moments differ, as their deadlines do on a real clock), so that `a <= b` is `a < b or a == b`,
    # equal handles hash alike, and any other object is NotImplemented (a TypeError for <).
    def __lt__(self, other) -> bool:
        if not isinstance(other, asyncio.TimerHandle):
            return NotImplemented
        return heap_key(self) < heap_key(other)

    def __le__(self, other) -> bool:
        if not isinstance(other, asyncio.TimerHandle):
            return NotImplemented
        return heap_key(self) < heap_key(other) or self.__eq__(other)

    def __gt__(self, other) -> bool:
        if not isinstance(other, asyncio.TimerHandle):
            return NotImplemented
        return heap_key(self) > heap_key(other)

    def __ge__(self, other) -> bool:
        if not isinstance(other, asyncio.TimerHandle):
            return NotImplemented
        return heap_key(self) > heap_key(other) or self.__eq__(other)

    def __eq__(self, other) -> bool:
        if not isinstance(other, asyncio.TimerHandle):
            return NotImplemented
        return (heap_key(self) == heap_key(other) and self._callback == other._callback
                and self._args == other._args and self._cancelled == other._cancelled)

    def __hash__(self) -> int:
        return hash(heap_key(self)[0])


RealClockTimerHandle.__name__ = RealClockTimerHandle.__qualname__ = "TimerHandle"


def heap_key(timer: asyncio.TimerHandle) -> tuple:
    """Deadlines within a nanosecond are one instant, as on the reference loop's clock: 0.4 + 0.2 and 0.5 + 0.1
    differ in their last bit, which says nothing about which deadline a real clock reaches first; the order the
    timers were set in does."""
    return round(timer._when, 9), getattr(timer, "set_order", 0)


class FastForwardEventLoop(asyncio.SelectorEventLoop):
    """asyncio's SelectorEventLoop on a virtual clock that skips idle waits."""

    def __init__(self) -> None:
        selector = FastForwardSelector()
        self.virtual_now = virtualtime.timeline()  # the program's clocks moved on before this loop was made
        self.timers_set = 0      # deadlines read off the clock so far: their order on a real clock (see call_later)
        self.timer_of_the_latest_reading_next = False  # the next timer set is the latest reading's (see call_at)
        self.deadlock: Deadlock | None = None   # once the loop deadlocked, no callback of the program may run again
        self.executor_jobs = 0   # jobs submitted by run_in_executor whose thread may still be running them
        self.executor_jobs_submitted = 0  # all run_in_executor jobs so far (one may start and end between waits)
        self.jobs_lock = threading.Lock()  # guards executor_jobs and the jobs' states (worker threads change them)
        super().__init__(selector)
        selector.loop = self

    def time(self) -> float:
        if not self.is_running():  # all loops read one clock: it moved on while this one was not running
            self.virtual_now = max(self.virtual_now, virtualtime.timeline())
        return self.virtual_now

    def call_later(self, delay, callback, *args, context=None):
        # On a real clock two call_later(1) calls made one after the other get two different deadlines and fire
        # in the order they were made; on a virtual clock the deadlines are equal and asyncio's heap would pop
        # them in heap order. The handle carries the order it was set in, to break that tie the way real time
        # does (loop.time() stays exact). Equal call_at deadlines tie there too, and pop in heap order (see call_at).
        if delay is None:
            raise TypeError("delay must not be None")
        self.read_the_clock_for_a_timer()
        timer = self.call_at(self.time() + delay, callback, *args, context=context)
        if timer._source_traceback:  # debug mode: the program's line, as asyncio's call_later leaves it
            del timer._source_traceback[-1]
        return timer

    def read_the_clock_for_a_timer(self) -> None:
        """A deadline was just read off the clock (call_later, asyncio.timeout()): the next timer set is its own."""
        self.timers_set += 1
        self.timer_of_the_latest_reading_next = True

    def call_at(self, when, callback, *args, context=None):
        # A call_at deadline is usually loop.time() + delay too (asyncio.timeout() reads it just before, see
        # read_the_clock_for_a_timer): on a real clock it falls between the deadlines read before and after it.
        # Any other call_at timer takes half an order after the latest reading, so it fires after the timers set
        # earlier (that reading's own included) and before those set later for the same virtual deadline, and
        # ties with the other call_at timers of the same moment, which pop in heap order as in asyncio (the
        # reference loop's clock does the same).
        if when is None:
            raise TypeError("when cannot be None")
        self._check_closed()
        if self._debug:
            self._check_thread()
            self._check_callback(callback, "call_at")
        set_order = self.timers_set if self.timer_of_the_latest_reading_next else self.timers_set + 0.5
        self.timer_of_the_latest_reading_next = False
        timer = RealClockTimerHandle(when, callback, args, self, context, set_order)
        if timer._source_traceback:  # debug mode: without the frames of this method and the handle's __init__
            del timer._source_traceback[-2:]
        heapq.heappush(self._scheduled, timer)
        timer._scheduled = True
        return timer

    def _run_once(self) -> None:
        # After a deadlock real asyncio would still be waiting: asyncio.run's clean-up (cancelling the pending
        # tasks, whose finally blocks would print) must not run either, so every later iteration stops at once.
        if self.deadlock is not None:
            raise self.deadlock
        super()._run_once()

    def advance(self, seconds: float) -> None:
        self.virtual_now += seconds
        virtualtime.skip(seconds)

    def run_in_executor(self, executor, func, *args):
        """A job counts until its thread is done with it: a timeout cancels its asyncio future, not the thread."""
        state = ["queued"]

        def job(*args):
            with self.jobs_lock:
                state[0] = "running"
            try:
                return func(*args)
            finally:
                with self.jobs_lock:
                    state[0] = "finished"
                    self.executor_jobs -= 1

        def never_started(future: asyncio.Future) -> None:
            with self.jobs_lock:
                if state[0] == "queued":  # cancelled before a worker took it: it never will
                    state[0] = "finished"
                    self.executor_jobs -= 1

        with self.jobs_lock:
            self.executor_jobs += 1
            self.executor_jobs_submitted += 1
        try:
            future = super().run_in_executor(executor, functools.wraps(func)(job), *args)
        except BaseException:
            with self.jobs_lock:
                self.executor_jobs -= 1
            raise
        future.add_done_callback(never_started)
        return future

    # A program passing keyword arguments sees asyncio's name for the method in the TypeError.
    run_in_executor.__qualname__ = "BaseEventLoop.run_in_executor"

    def other_threads_running(self) -> bool:
        """An executor job in flight, or a thread the program started (idle executor workers do not count)."""
        if self.executor_jobs:
            return True
        idle_workers = getattr(self._default_executor, "_threads", set())
        current = threading.current_thread()
        return any(thread is not current and thread not in idle_workers for thread in threading.enumerate())

    def program_fds_registered(self) -> bool:
        self_pipe = self._ssock.fileno()
        return any(key.fd != self_pipe for key in self._selector.get_map().values())

    def deadlock_report(self) -> str:
        pending = [task for task in asyncio.all_tasks(self) if not task.done()]
        lines = [f"deadlock: the event loop would wait forever: {len(pending)} pending task(s) and nothing that "
                 "could wake them:"]
        lines += [f"  {task!r}" for task in pending]
        return "\n".join(lines)

    def close(self) -> None:
        global last_virtual_time
        last_virtual_time = self.virtual_now
        super().close()


def install() -> None:
    """Make `asyncio.run()` and `asyncio.new_event_loop()` use the fast-forwarding loop in this process.

    The default policy's class makes it, rather than a policy of ours: a program that looks at its policy finds
    asyncio's own, and one that sets a policy of its own derived from it (or sets None) still fast-forwards."""
    asyncio.DefaultEventLoopPolicy._loop_factory = FastForwardEventLoop
    virtualtime.use_virtual_time_in_time_module(block_running_loop, sleep_beside_other_threads)
    asyncio.timeout = asyncio.timeouts.timeout = timeout_reading_the_clock(asyncio.timeouts.timeout)


def timeout_reading_the_clock(timeout):
    """asyncio.timeout(delay) (which wait_for uses from 3.12) reads loop.time() + delay: on a real clock a moment
    of its own, as a call_later is, so its timer fires after those of the same deadline read before it (six tasks
    entering timeout(0.2) in one iteration time out in the order they entered) rather than in heap order."""
    @functools.wraps(timeout)
    def timeout_at_a_moment_of_its_own(delay):
        loop = asyncio.get_running_loop()
        if isinstance(delay, (int, float)) and delay > 0 and isinstance(loop, FastForwardEventLoop):
            loop.read_the_clock_for_a_timer()   # (a delay <= 0 sets no timer: the block is cancelled at once)
        return timeout(delay)
    return timeout_at_a_moment_of_its_own


def sleep_beside_other_threads(seconds: float) -> bool:
    """`time.sleep` while another thread of the program runs: really sleep, since that thread goes on meanwhile
    (under real asyncio it may print before the sleep ends, even when the sleep blocks a loop). In a loop's thread
    the loop's clock moves on by the time slept. False (not handled) when no other thread runs: the sleep of a
    loop's thread then only moves its clock (block_running_loop)."""
    loop = asyncio.events._get_running_loop()
    if loop is None:
        if threading.active_count() == 1:
            return False
        time.sleep(seconds)
        return True
    if not isinstance(loop, FastForwardEventLoop) or not loop.other_threads_running():
        return False
    started = time.monotonic()
    time.sleep(seconds)
    slept = time.monotonic() - started
    loop.virtual_now += slept
    loop._selector.returned_at += slept  # catch_up must not count the sleep again
    return True


def block_running_loop(seconds: float) -> None:
    """A blocking call in the program took `seconds`: the loop's clock moves on (the skip is counted by virtualtime)."""
    loop = asyncio.events._get_running_loop()
    if isinstance(loop, FastForwardEventLoop):
        loop.virtual_now += seconds
