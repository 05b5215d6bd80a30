"""Threads and executors on the virtual clock: ``loop.run_in_executor``, ``set_default_executor``,
``shutdown_default_executor`` (asyncio's ``base_events``), ``asyncio.to_thread`` (``threads``),
``asyncio.run_coroutine_threadsafe`` (``tasks``) and ``asyncio.wrap_future`` (``futures``).  Jobs run in a real
``concurrent.futures.ThreadPoolExecutor``; what comes back reaches the loop only through
``loop.call_soon_threadsafe`` (loop.py: a lock and the self-pipe).

The model of time (no asyncio counterpart: asyncio's clock is real):

* **A thread at work holds the clock.**  While any thread other than the loop's is *at work*, the
  loop runs what is ready and the timers already due, but does not jump its virtual clock: it waits
  in real time for the thread's wake-up.  A thread is at work when it runs an executor job (from
  submission to the hand-over of its result; a job submitted straight to a ``ThreadPoolExecutor``,
  whose ``submit`` ``install()`` wraps, from submission to its end) or is a thread the program
  started itself, unless it waits as described below.  Work in a thread takes no virtual time.  A job queued in a pool whose
  every worker has a job of its own is not at work: it waits for one of those jobs to end.
* **``time.sleep(s)`` in a thread is virtual** (the program's ``time`` module, see
  virtualtime.py): the thread asks the loop for a timer ``s`` seconds from the loop's now and
  waits for it, not at work; so does the main thread while a loop runs in another thread.  When
  every thread is idle or sleeping, the clock jumps as before, to the next timer, the sleeping
  threads' wake-ups included.  So ``to_thread(time.sleep, 1)``
  ends after a loop timer at 0.9 and before one at 1.1, as on a real clock, in no real time.  (In
  the loop's own thread ``time.sleep`` still blocks the loop: loop.py's ``block_running_loop``.)
* **A loop whose thread is blocked fires no timer**, nor does one whose run is over.  A coroutine
  that joins a thread, waits on a ``threading.Event`` or ``Queue``, calls ``result()`` on a pool's
  future, or sleeps with ``time.sleep`` while threads sleep on the loop's timers, blocks its loop
  (the classic mistake) until the other thread has done its part, which may include a sleep; and when
  ``asyncio.run`` returns, a job of the program's own pool may still be sleeping.  Under asyncio
  those threads wake up on time all the same.  So then the waits of threads on the loop's timers
  go on for what is left of them on the real clock (``release_timer_waits``), as does any sleep
  that starts meanwhile, and the blocked loop's clock moves on by the real time it was blocked.
  A wait that blocks the loop is seen through ``Thread.join`` and ``Condition.wait`` (see below);
  one the model cannot see (a plain ``Lock.acquire()``) when the loop begins no iteration for
  loop.py's ``HOLD_LIMIT`` of real time: the sleeping threads then go on on the real clock too;
  a ``result(timeout)`` that the loop's own coroutine waits on blocks the loop for the timeout,
  since nothing can complete it meanwhile.
* **Waiting on the loop is not work**: a thread blocked in ``result()`` of
  ``run_coroutine_threadsafe``'s future, and the thread that joins the default executor's workers
  in ``shutdown_default_executor``, do not hold the clock.  A ``result(timeout)`` waits virtual
  seconds, as ``time.sleep`` does: a timer of the loop wakes it.
* **Waiting for a thread is not work either**: a thread blocked in ``join()`` (no timeout) of the
  loop's thread or of another thread of the program, and the main thread waiting at exit for the
  program's threads (``threading._shutdown``), can do nothing until those end; the threads waited
  for count for themselves.  Waited-for threads the model does not count (a pool's workers, the
  host's) leave the joining thread at work.  So the main thread that starts ``asyncio.run`` in a
  thread and joins it lets that loop's clock jump.
* **Another loop's thread** is at work while that loop is, and not while it waits for its next timer:
  loops running side by side keep one time line, on which the loop with the earliest timer jumps
  first (sharedclock.py).  A loop watching file descriptors or a child process is on the real clock.
* **Some waits are on the real clock**: a thread blocked in ``threading.Condition.wait()``
  (``Event.wait``, ``Queue.get``, ``Semaphore.acquire``, ``Barrier.wait``: whoever releases it, the
  loop's thread included, cannot be told in advance), in a wait with a timeout (``join(t)``,
  ``Event.wait(t)``: a real timeout), or waiting for a child process (``subprocess.Popen.wait`` and
  ``communicate``, so ``subprocess.run`` in ``to_thread``) is neither at work nor waiting on this loop.  The model cannot decide when it wakes, so rather
  than hold the clock (possibly for ever, when the loop's own timer would release it) an idle loop
  follows the real clock meanwhile, as under asyncio: it waits in real time until its next timer
  and moves its clock by the real time waited (loop.py's ``_wait_in_real_time``).  Such a wait
  costs real time: an ``Event`` the loop sets after ``sleep(1)`` is waited for one real second.
  When a thread leaves such a wait it wakes the running loops, so that they count it at work again
  before the real clock moves on much.

Simplified: once ``install()`` ran, the threads alive then but the main thread are the host's and
do not count, and every thread started since is the program's.  Without it, only threads started
while a loop runs count (those alive when it started are taken to belong to the host, say a test
runner; but a loop running in another thread counts the main thread).
A thread blocked elsewhere (a plain ``Lock.acquire()``, a socket) counts as at work, so the clock
waits until it is released, but for no more than loop.py's ``HOLD_LIMIT`` of real time without a
break: then the loop follows the real clock, as for the waits above (a lock that a coroutine
releases after a sleep would hang the program otherwise).  Idle workers of a pool do not count.  Ties between a thread's wake-up
and a loop timer with the same deadline are a race on a real clock; here the timer set first fires
first.  The waits above are seen through ``threading``'s ``Thread.join``, ``Condition.wait`` and
``_shutdown`` and ``subprocess.Popen``'s ``wait`` and ``communicate``, which ``install()`` wraps (``watch_program_threads``): without it, or for a program
that waits otherwise, no thread is seen waiting.
"""

import concurrent.futures
import concurrent.futures.thread
import contextvars
import functools
import sys
import threading
import time as _real_time  # imported before install() gives the program virtualtime's module
import warnings
import weakref

from . import events, exceptions, futures, loop, sharedclock, tasks, virtualtime
from .versions import active

_lock = threading.Lock()
_jobs_in_flight = 0    # executor jobs submitted by run_in_executor whose result is not handed over yet
_pool_jobs = {}        # executor -> [jobs queued, not started; jobs started, result not handed over yet]
_not_at_work = set()   # idents of threads that wait on the loop (virtual sleep, result()): the loop wakes them
_joining = set()       # idents of threads joining the default executor: not at work while jobs are in flight
_job_threads = set()   # idents of the workers running a job of run_in_executor now
_background = weakref.WeakSet()  # the host's threads, not the program's (see watch_program_threads, run_forever)
_program_watched = False         # install() ran: the program's threads are those started since
_joiners = weakref.WeakSet()     # threads of shutdown_default_executor: asyncio.run's clean-up, not the program's
_followed = weakref.WeakSet()  # concurrent futures wrap_future follows, not done yet: each counts as a job at work
_waits = {}            # ident of a thread blocked in threading -> on what (innermost wait): a Thread it joins,
                       # _EVERY_THREAD (waiting at exit) or _REAL_CLOCK (a Condition, or any wait with a timeout)

_EVERY_THREAD = "every thread"   # threading._shutdown waits for all the program's threads
_REAL_CLOCK = "real clock"       # a wait whose end the model cannot foresee


def is_joiner(thread):
    """Whether ``thread`` joins the default executor for ``shutdown_default_executor`` (a trace
    shows its wake-up as the loop's, not as a thread of the program)."""
    return thread in _joiners


def count_threads():
    """In the loop's thread: how many other threads may still call the loop at the present moment,
    and whether one is on the real clock (see the module docstring)."""
    if threading.active_count() == 1 and not _jobs_in_flight and not _followed:
        return 0, False
    me = threading.current_thread()
    pool_workers = concurrent.futures.thread._threads_queues
    own_threads = [thread for thread in threading.enumerate()
                   if thread is not me and thread not in pool_workers and thread not in _background]
    answer_for_themselves = {me, *own_threads}
    # Another loop's thread, even one alive when this loop started (a loop is the program's): not at work
    # while its loop waits on the shared clock; on the real clock while that loop or this one watches fds or
    # a child (sharedclock.takes_part).
    other_loops = events.loops_by_thread()
    other_loops.pop(me.ident, None)
    mine = events._get_running_loop()
    apart = mine is None or not sharedclock.takes_part(mine)
    at_work, on_real_clock = 0, False
    with _lock:
        for ident, running in other_loops.items():
            if apart or not sharedclock.takes_part(running):
                on_real_clock = True
            elif not sharedclock.waiting(running):
                at_work, on_real_clock = _count_thread(ident, answer_for_themselves, at_work, on_real_clock)
        for thread in own_threads:
            if thread.ident not in other_loops:
                at_work, on_real_clock = _count_thread(thread.ident, answer_for_themselves, at_work, on_real_clock)
        joining = len(_joining) if _jobs_in_flight else 0
        # The other threads that wait on the loop are workers whose jobs are counted above; so
        # are the workers whose job runs a loop (asyncio.run in to_thread), this one's included:
        # a loop counts as its loop is (above).
        workers_waiting = len(_not_at_work.difference(thread.ident for thread in own_threads))
        workers_running_loops = len(_job_threads.intersection(events.threads_running_a_loop()))
        # A job waiting on the real clock (for a child process, a Queue) is on it, as a thread of the program is.
        workers_on_real_clock = sum(_waits.get(ident) is _REAL_CLOCK for ident in _job_threads)
        on_real_clock = on_real_clock or workers_on_real_clock > 0
        jobs = _jobs_at_work() + len(_followed) - workers_waiting - workers_running_loops - workers_on_real_clock
        return max(0, jobs + at_work - joining), on_real_clock


def _count_thread(ident, answer_for_themselves, at_work, on_real_clock):
    """(Under _lock.)  The counts with the thread ``ident`` counted in: at work, on the real clock or neither."""
    waits_on = _waits.get(ident)
    if ident in _not_at_work or waits_on is _EVERY_THREAD:
        return at_work, on_real_clock
    if waits_on is _REAL_CLOCK:
        return at_work, True
    if waits_on not in answer_for_themselves:  # None (running), or a thread the count leaves out
        return at_work + 1, on_real_clock
    return at_work, on_real_clock


def _jobs_at_work():
    """Jobs started and not handed over, plus the queued jobs a worker is free to start (under _lock).  A job
    queued while every worker of its pool has a job of its own waits for one of them, not holding the clock."""
    at_work = 0
    for executor, (queued, started) in _pool_jobs.items():
        at_work += started + (queued if started < executor._max_workers else 0)
    return at_work


loop.count_threads_with(count_threads)


def watch_program_threads():
    """For ``install()``, before the program runs: its threads are those started from now on, and
    the count sees them wait in ``join()``, in ``Condition.wait()`` and at exit (see the module
    docstring).  Outside a running loop the wrappers only note the wait."""
    global _program_watched
    _background.update(thread for thread in threading.enumerate() if thread is not threading.main_thread())
    _program_watched = True
    if hasattr(threading.Thread.join, "__wrapped__"):
        return
    threading.Thread.join = _noting_wait(threading.Thread.join, _joined_thread, _join_blocks)
    threading.Condition.wait = _noting_wait(threading.Condition.wait, _condition_wait, _condition_wait_blocks)
    threading._shutdown = _noting_wait(threading._shutdown, lambda: _EVERY_THREAD)
    import subprocess  # not before: the program may start no child at all
    for name in ("wait", "communicate"):  # subprocess.run(), call(), check_output() wait in one of these
        setattr(subprocess.Popen, name, _noting_wait(getattr(subprocess.Popen, name), _waiting_for_a_child))
    pools = concurrent.futures.ThreadPoolExecutor
    pools.submit = _counting_jobs(pools.submit)


def _counting_jobs(submit):
    """``ThreadPoolExecutor.submit`` counting the job as run_in_executor's are (at work from submission
    to its end), so that a loop does not jump its clock, nor the main thread skip a sleep, while a job
    submitted straight to a pool may still print."""

    @functools.wraps(submit)
    def counting_submit(executor, fn, /, *args, **kwargs):
        if fn is _start_job:  # run_in_executor's: counted already
            return submit(executor, fn, *args, **kwargs)
        counts, started = _job_submitted(executor), []
        try:
            job = submit(executor, _start_job, None, None, counts, started,
                         functools.partial(fn, *args, **kwargs))
        except BaseException:
            _job_finished(executor, counts, started)
            raise
        job.add_done_callback(lambda job: _job_finished(executor, counts, started))
        return job

    return counting_submit


def _job_submitted(executor):
    """Count a job submitted to ``executor``, queued; its counts: [queued, started] (see _pool_jobs)."""
    global _jobs_in_flight
    with _lock:
        _jobs_in_flight += 1
        counts = _pool_jobs.setdefault(executor, [0, 0])
        counts[0] += 1
    return counts


def _joined_thread(thread, timeout=None):
    return thread if timeout is None else _REAL_CLOCK


def _condition_wait(condition, timeout=None):
    return _REAL_CLOCK


def _waiting_for_a_child(*args, **kwargs):
    return _REAL_CLOCK  # a child process takes real time


def _join_blocks(thread, timeout=None):
    return thread.is_alive() and thread not in _joiners  # asyncio.run's own join ends with the executor's jobs


def _condition_wait_blocks(condition, timeout=None):
    """Whether a ``Condition.wait`` may keep the thread for a while: not a wait without a timeout (a
    ``Semaphore.acquire(timeout=0)``), nor ``Thread.start()`` waiting for the new thread to begin."""
    if timeout is not None and timeout <= 0:
        return False
    return not any(condition is thread._started._cond for thread in list(threading._limbo))


def _noting_wait(wait, waits_on, blocks=lambda *args, **kwargs: True):
    """``wait`` noting, while it blocks, what the thread waits on (``waits_on(*args)``).  In a loop's
    thread, a wait that ``blocks(*args)`` blocks the loop (``blocking_the_loop``)."""

    @functools.wraps(wait)
    def noting_wait(*args, **kwargs):
        ident = threading.get_ident()
        try:
            what = waits_on(*args, **kwargs)
        except TypeError:  # arguments the wait refuses: let it say so, in its own words
            return wait(*args, **kwargs)
        with _lock:
            on_the_loop = ident in _not_at_work  # tinyloop's own wait on the loop: not at work already
            outer = _waits.get(ident)
            if not on_the_loop:
                _waits[ident] = what
        if on_the_loop:
            return wait(*args, **kwargs)
        _wake_running_loops()  # a loop waiting for this thread in real time counts it again now
        try:
            running = events._get_running_loop()
            if running is not None and blocks(*args, **kwargs):  # a coroutine blocks its loop for another thread
                return blocking_the_loop(running, wait, *args, **kwargs)
            return wait(*args, **kwargs)
        finally:
            with _lock:
                if outer is None:
                    del _waits[ident]
                else:
                    _waits[ident] = outer
            if what is _REAL_CLOCK:
                _wake_running_loops()  # back at work: a loop following the real clock meanwhile must count it again

    return noting_wait


_sleep_on_the_real_clock = _noting_wait(_real_time.sleep, lambda seconds: _REAL_CLOCK)


def _wake_running_loops():
    """The loops of other threads count this one again (a thread's waits change nothing for its own loop)."""
    mine = events._get_running_loop()
    for running in events.running_loops():
        if running is not mine:
            running._wake_up()


def _back_to_work(idents):
    """In the loop's thread, before it wakes threads that waited on it: they hold the clock again
    from this moment (were it the thread itself, the loop could jump before it does)."""
    with _lock:
        _not_at_work.difference_update(idents)


def sleep_in_thread(seconds):
    """The program's ``time.sleep`` (``seconds`` >= 0) in any thread: in a loop's thread it blocks
    that loop; elsewhere, while a loop runs, it is a virtual sleep (see the docstring).

    With no loop running it is a real sleep, on the real clock (a loop may start meanwhile, in
    another thread: it follows the real clock while this thread sleeps), unless no other thread of
    the program is alive and no job of a pool is in flight: then it returns False (the main thread
    then skips the sleep)."""
    running = events._get_running_loop()
    if running is not None:  # a loop running in this thread: the sleep blocks it
        with _lock:
            others_wait = bool(_timer_waits.get(running))
        if others_wait:  # threads sleeping on its timers go on sleeping, on the real clock
            blocking_the_loop(running, _real_time.sleep, seconds)
        else:
            loop.block_running_loop(seconds)
            virtualtime.skip(seconds)
        return True
    if seconds == 0:
        return False
    running = events.running_loop_of_any_thread()
    if running is None or running.is_closed():
        if not _other_program_threads_alive():
            return False
        _sleep_on_the_real_clock(seconds)
        return True
    timer_wait = _TimerWait(threading.get_ident(), seconds, f"time.sleep({seconds!r})")
    if not _wait_for_a_timer(running, timer_wait):
        _sleep_on_the_real_clock(seconds)
    elif timer_wait.left:
        _sleep_on_the_real_clock(timer_wait.left)
    return True


def _other_program_threads_alive():
    if _jobs_in_flight:  # a job of a pool runs (or waits for a worker): its thread may print meanwhile
        return True
    me = threading.current_thread()
    pool_workers = concurrent.futures.thread._threads_queues
    return any(thread is not me and thread not in _background and thread not in pool_workers
               for thread in threading.enumerate())


class _TimerWait:
    """A thread's wait for a timer of a running loop (a virtual ``time.sleep``, a ``result(timeout)``).
    ``left`` becomes the seconds still to wait when the loop lets the wait go to the real clock."""

    def __init__(self, ident, seconds, what):
        self.ident = ident
        self.seconds = seconds
        self.what = what  # for a trace: "time.sleep(1)", "result(timeout=1)"
        self.woken = threading.Event()
        self.timer = None
        self.left = None


_timer_waits = {}        # running loop -> the _TimerWaits of other threads on its timers
_blocked_loops = set()   # loops whose thread is blocked (time.sleep, a wait for a thread): no timer fires


def _wait_for_a_timer(running, timer_wait):
    """In a thread other than ``running``'s: wait until ``timer_wait.seconds`` from the loop's now (or
    until something else sets ``timer_wait.woken``).  False when the loop cannot fire timers now (its
    thread is blocked, or the run is over): then the caller waits on the real clock."""
    with _lock:
        if running in _blocked_loops or not running.is_running():
            return False
        _timer_waits.setdefault(running, set()).add(timer_wait)
    # Ask for the timer first, then stop being at work: the loop sees the request before it can
    # see this thread idle and jump.
    try:
        running.call_soon_threadsafe(_set_wake_up_timer, running, timer_wait)
    except RuntimeError:  # closed since: its run's end let the wait go (release_timer_waits)
        pass
    with _lock:
        if timer_wait.left is None and not timer_wait.woken.is_set():
            _not_at_work.add(timer_wait.ident)
    # The loop's thread may block where the model cannot see it (a plain Lock.acquire() on a lock this
    # thread holds, a blocking socket): a loop that has not begun an iteration in HOLD_LIMIT lets the wait go.
    iterations = running._iterations
    while not timer_wait.woken.wait(loop.HOLD_LIMIT):
        if running._iterations == iterations:
            _let_go(running, (timer_wait,))
        iterations = running._iterations
    return True


def _set_wake_up_timer(running, timer_wait):
    with _lock:
        if timer_wait.left is None and not timer_wait.woken.is_set():  # not let go nor ended meanwhile
            timer_wait.timer = running.call_later(timer_wait.seconds, _wake_up, running, timer_wait)


def _wake_up(running, timer_wait):
    with _lock:
        _timer_waits.get(running, set()).discard(timer_wait)
        if timer_wait.left is not None:  # let go already: the thread waits on the real clock
            return
    _back_to_work([timer_wait.ident])
    timer_wait.woken.set()


def _end_timer_wait(running, timer_wait, _):
    """The future a thread waits for with a timeout is done first: the timer is not needed any more, and the
    thread is at work again from now on (else the loop could see it idle and jump, or report a deadlock)."""
    with _lock:
        _timer_waits.get(running, set()).discard(timer_wait)
        if timer_wait.timer is not None:
            timer_wait.timer.cancel()
        _not_at_work.discard(timer_wait.ident)
    timer_wait.woken.set()


def release_timer_waits(running):
    """In ``running``'s thread, when its run ends or the thread blocks: no timer of the loop can fire
    until it runs again, where under asyncio the threads sleeping meanwhile wake up on time.  Their
    waits go on, for what is left of them, on the real clock."""
    with _lock:
        timer_waits = _timer_waits.pop(running, set())
    _let_go(running, timer_waits)


def _let_go(running, timer_waits):
    """The ``timer_waits`` go on on the real clock, for what is left of them (see release_timer_waits)."""
    in_loop_thread = events._get_running_loop() is running or not running.is_running()
    with _lock:
        for timer_wait in timer_waits:
            _timer_waits.get(running, set()).discard(timer_wait)
            if timer_wait.left is not None:
                continue
            if timer_wait.timer is None:  # its request for a timer is not taken yet
                timer_wait.left = timer_wait.seconds
            else:
                timer_wait.left = max(0.0, timer_wait.timer.when() - running.time())
                if in_loop_thread:  # (another thread may not: then the timer fires for nothing)
                    timer_wait.timer.cancel()
            _not_at_work.discard(timer_wait.ident)
    for timer_wait in timer_waits:
        timer_wait.woken.set()


def blocking_the_loop(running, wait, *args, **kwargs):
    """``wait(*args, **kwargs)`` in ``running``'s thread, which blocks it (a coroutine joins a thread,
    waits for a ``threading.Event`` or a job's ``result()``, or sleeps while threads sleep on its
    timers): as under asyncio the other threads go on meanwhile, their sleeps on the real clock, and
    the loop's clock moves on by the real time the wait took."""
    with _lock:
        if running in _blocked_loops:  # a wait inside a wait (communicate() waits for the child too)
            return wait(*args, **kwargs)
        _blocked_loops.add(running)
    release_timer_waits(running)
    started = _real_time.monotonic()
    try:
        return wait(*args, **kwargs)
    finally:
        with _lock:
            _blocked_loops.discard(running)
        running._clock.block(_real_time.monotonic() - started)


class ExecutorLoop(loop.BaseLoop):
    """The loop's executor methods (asyncio's ``BaseEventLoop``'s)."""

    def __init__(self):
        super().__init__()
        self._default_executor = None          # made by the first run_in_executor(None, ...)
        self._executor_shutdown_called = False  # shutdown_default_executor() ran: no new default executor

    def run_forever(self):
        # Without install(), threads already running (a test runner's, a profiler's) are taken
        # not to be the program's: only those started from now on can hold the clock.
        if not _program_watched:
            in_main_thread = threading.current_thread() is threading.main_thread()
            _background.update(thread for thread in threading.enumerate()
                               if in_main_thread or thread is not threading.main_thread())
        super().run_forever()

    def _end_run(self):
        super()._end_run()
        release_timer_waits(self)

    def set_default_executor(self, executor):
        if not isinstance(executor, concurrent.futures.ThreadPoolExecutor):
            raise TypeError("executor must be ThreadPoolExecutor instance")
        self._default_executor = executor

    def run_in_executor(self, executor, func, *args):
        """Run ``func(*args)`` in ``executor`` (None: the default one); an asyncio Future of its result.
        Not modelled: a process pool's jobs (they run in real time in other processes, which this model of
        the clock cannot see at work, and the job's bookkeeping here does not cross into them)."""
        if self._closed:
            raise RuntimeError("Event loop is closed")
        process_pools = sys.modules.get("concurrent.futures.process")  # no pool unless it was imported
        if process_pools is not None and isinstance(executor, process_pools.ProcessPoolExecutor):
            raise exceptions.Unsupported("loop.run_in_executor with a ProcessPoolExecutor")
        if self._debug:
            loop._check_callback(func, "run_in_executor")
        if executor is None:
            if self._executor_shutdown_called:
                raise RuntimeError("Executor shutdown has been called")
            executor = self._default_executor
            if executor is None:
                executor = concurrent.futures.ThreadPoolExecutor(thread_name_prefix="asyncio")
                self._default_executor = executor
        counts = _job_submitted(executor)
        started = []  # becomes [True] when a worker starts the job
        followed = None if self._instrument is None else self._instrument.job_submitted(self, func, args)
        try:
            job = executor.submit(_start_job, self, followed, counts, started, func, *args)
        except BaseException:
            _job_finished(executor, counts, started)
            raise
        if followed is not None:  # before _wrap_job: the hand-over of the job's outcome needs the job known
            self._instrument.job_queued(self, followed, job)
        return _wrap_job(job, self, executor, counts, started)

    async def shutdown_default_executor(self, timeout=tasks._NOT_GIVEN):
        """Wait for the default executor's jobs in a thread of its own (not holding the clock).

        The ``timeout`` (3.12) is applied from 3.13 only: when it runs out first, a RuntimeWarning at
        the caller's line, the executor is told to shut down without waiting, and this returns with
        its jobs still running (asyncio.run's own call then waits for them).  3.12 waits for the jobs
        whatever the timeout, and only then joins its thread for at most ``timeout`` seconds."""
        await super().shutdown_default_executor(timeout)  # refuses a timeout before 3.12
        self._executor_shutdown_called = True
        executor = self._default_executor
        if executor is None:
            return
        done = self.create_future()

        def join_workers():
            ident = threading.get_ident()
            with _lock:
                _joining.add(ident)
            try:
                executor.shutdown(wait=True)
            finally:
                with _lock:
                    _joining.discard(ident)
            # After a timeout the loop may be closed by the time the jobs end: nobody waits any more.
            if not self._closed and not done.cancelled():
                self.call_soon_threadsafe(_set_result_unless_cancelled, done, None)

        joiner = threading.Thread(target=join_workers)
        _joiners.add(joiner)
        joiner.start()
        if timeout not in (tasks._NOT_GIVEN, None):
            await _done_within(self, done, timeout)
            # The version is asked only when the timeout ran out: before, both versions did the same.
            if not done.done() and active.shutdown_default_executor_applies_timeout:
                warnings.warn(f"The executor did not finishing joining its threads within {timeout} seconds.",
                              RuntimeWarning, stacklevel=events.program_level())
                executor.shutdown(wait=False)
                return
        try:
            await done
        finally:
            joiner.join()


async def _done_within(running, future, timeout):
    """Wait until ``future`` is done or ``timeout`` seconds have passed, whichever comes first."""
    waiter = running.create_future()

    def wake(_=None):
        if not waiter.done():
            waiter.set_result(None)

    timer = running.call_later(timeout, wake)
    future.add_done_callback(wake)
    try:
        await waiter
    finally:
        timer.cancel()
        future.remove_done_callback(wake)


def _start_job(running, followed, counts, started, func, *args):
    """In the worker: the job leaves its pool's queue and is at work (and its instrument is told,
    when it follows the job)."""
    ident = threading.get_ident()
    with _lock:
        counts[0] -= 1
        counts[1] += 1
        started.append(True)
        _job_threads.add(ident)
    try:
        return _run_job(running, followed, func, *args)
    finally:
        with _lock:
            _job_threads.discard(ident)


def _run_job(running, followed, func, *args):
    if followed is None:
        return func(*args)
    instrument = running._instrument
    instrument.job_started(running, followed)
    try:
        result = func(*args)
    except BaseException as error:
        instrument.job_finished(running, followed, error=error)
        raise
    instrument.job_finished(running, followed, result=result)
    return result


def _job_finished(executor, counts, started):
    global _jobs_in_flight
    with _lock:
        _jobs_in_flight -= 1
        counts[1 if started else 0] -= 1
        if counts == [0, 0] and _pool_jobs.get(executor) is counts:
            del _pool_jobs[executor]


def _wrap_job(job, running, executor, counts, started):
    """An asyncio Future following the concurrent ``job``; cancelling it cancels the job."""
    future = running.create_future()

    def job_done(job):  # in the worker thread (or the loop's, for a job cancelled before it ran)
        if not running.is_closed():
            running.call_soon_threadsafe(_copy_outcome, job, future)
        _job_finished(executor, counts, started)

    def future_done(future):
        if future.cancelled():
            job.cancel()

    future.add_done_callback(future_done)
    job.add_done_callback(job_done)
    return future


def wrap_future(future, *, loop=None):
    """An asyncio Future following ``future``, a ``concurrent.futures.Future`` (asyncio's
    ``futures.wrap_future``): the outcome is handed over with ``call_soon_threadsafe``, and cancelling
    the asyncio future cancels ``future``.  Until ``future`` is done it counts as a job at work, since it
    usually is one (``executor.submit``).  Simplified: one that a thread of the program completes holds the
    clock too, while that thread sleeps, until loop.py's ``HOLD_LIMIT`` lets the real clock run: the
    output is the same, a few real seconds later."""
    if futures.isfuture(future):
        return future
    assert isinstance(future, concurrent.futures.Future), f"concurrent.futures.Future is expected, got {future!r}"
    running = events.get_event_loop() if loop is None else loop
    wrapped = running.create_future()

    def hand_over(future):  # in the thread that completed it (the loop's, when it was done already)
        with _lock:
            _followed.discard(future)
        if not running.is_closed():
            running.call_soon_threadsafe(_copy_outcome, future, wrapped)

    def cancel_followed(wrapped):
        if wrapped.cancelled():
            future.cancel()

    with _lock:
        _followed.add(future)
    wrapped.add_done_callback(cancel_followed)
    future.add_done_callback(hand_over)
    return wrapped


def _copy_outcome(job, future):
    if future.cancelled():
        return
    if job.cancelled():
        future.cancel()
    elif job.exception() is not None:
        future.set_exception(job.exception())
    else:
        future.set_result(job.result())


def _set_result_unless_cancelled(future, result):
    if not future.cancelled():
        future.set_result(result)


async def to_thread(func, /, *args, **kwargs):
    """Run ``func`` in the default executor, in a copy of the caller's contextvars context."""
    running = events.get_running_loop()
    call = functools.partial(contextvars.copy_context().run, func, *args, **kwargs)
    return await running.run_in_executor(None, call)


class _LoopResult(concurrent.futures.Future):
    """``run_coroutine_threadsafe``'s future: a thread waiting on it does not hold the clock, and
    the loop puts it back to work when it sets the outcome.  A timeout is virtual: a timer of the
    loop ends the wait.  Named as the class it extends, which is what a program gets from asyncio
    (``type(f)``, ``repr(f)``: ``<Future at 0x... state=pending>``)."""

    __module__ = "concurrent.futures._base"
    __qualname__ = "Future"

    def __init__(self, loop):
        super().__init__()
        self._loop = loop
        self._waiting_threads = set()

    def result(self, timeout=None):
        return self._wait(super().result, timeout)

    def exception(self, timeout=None):
        return self._wait(super().exception, timeout)

    def _wait(self, get, timeout):
        ident = threading.get_ident()
        if events._get_running_loop() is self._loop:  # the loop's own coroutine waits: nothing can resolve it
            if timeout is not None and not self.done():
                sleep_in_thread(timeout)  # blocks the loop for the timeout, virtual unless threads sleep
            return get(0 if timeout is not None else None)
        if timeout is not None and not self.done() and self._loop.is_running():
            timer_wait = _TimerWait(ident, timeout, f"result(timeout={timeout!r})")
            with _lock:
                self._waiting_threads.add(ident)
            self.add_done_callback(functools.partial(_end_timer_wait, self._loop, timer_wait))
            waited = _wait_for_a_timer(self._loop, timer_wait)
            _back_to_work([ident])  # a no-op unless the timer woke us
            if not waited or timer_wait.left:  # the loop cannot fire its timer: a real timeout
                return get(timeout if not waited else timer_wait.left)
            return get(0)
        with _lock:
            if not self.done():
                self._waiting_threads.add(ident)
                _not_at_work.add(ident)
        try:
            return get(timeout)
        finally:
            _back_to_work([ident])  # a no-op unless the wait timed out

    def set_result(self, result):
        _back_to_work(self._waiting_threads)
        super().set_result(result)

    def set_exception(self, exception):
        _back_to_work(self._waiting_threads)
        super().set_exception(exception)

    def cancel(self):
        _back_to_work(self._waiting_threads)
        return super().cancel()


_LoopResult.__name__ = "Future"


def run_coroutine_threadsafe(coro, loop):
    """Submit ``coro`` to ``loop`` from another thread; a ``concurrent.futures.Future`` of its result."""
    if not tasks.iscoroutine(coro):
        raise TypeError("A coroutine object is required")
    result = _LoopResult(loop)

    def start():
        try:
            task = tasks.ensure_future(coro, loop=loop)
        except BaseException as exc:
            if result.set_running_or_notify_cancel():
                result.set_exception(exc)
            raise
        task.add_done_callback(functools.partial(_copy_to_concurrent, result))
        result.add_done_callback(functools.partial(_cancel_from_thread, loop, task))

    loop.call_soon_threadsafe(start)
    return result


def _copy_to_concurrent(result, task):
    if result.done():
        return
    if task.cancelled():
        result.cancel()
        return
    if not result.set_running_or_notify_cancel():
        return
    if task.exception() is not None:
        result.set_exception(task.exception())
    else:
        result.set_result(task.result())


def _cancel_from_thread(running, task, result):
    if result.cancelled() and not running.is_closed():
        running.call_soon_threadsafe(task.cancel)


loop.name_methods_as_asyncio(ExecutorLoop, "BaseEventLoop")
