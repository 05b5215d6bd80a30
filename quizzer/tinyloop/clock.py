"""The loop's virtual clock: what time it is, and which timers are due (no asyncio counterpart;
trio's ``MockClock`` plays the same part).

asyncio reads a real monotonic clock.  tinyloop's clock starts at 0.0 and only moves when the loop
has nothing to do: it jumps straight to the next timer, so ``await asyncio.sleep(3600)`` takes no
real time.  Deadlines are rounded to the nanosecond so that ``0.7 + 0.1`` and ``0.8`` are the same
instant.  The loop asks the clock two things (``sort_key``, ``due``) and tells it three (``new_moment``,
``worked``, ``block``); everything below is how those answers come out as on a real clock.

* **Lateness.**  A real loop always wakes up a little *after* a deadline: epoll's timer may fire
  up to its *slack* late (Linux: 0.1% of the wait, at least 50 us) and the process takes a moment
  to run again.  A timer set after a wake-up inherits that lateness, so lateness accumulates along
  a chain of wake-ups: after ``sleep(0.2)`` fifteen times a task is a few milliseconds behind a
  task that did ``sleep(3)`` once.  The clock keeps ``late``, how far a real clock would be behind
  ``now``; each timer records the ``late`` of the moment it was set (its real deadline is ``when +
  late``), and equal deadlines fire in order of it.  ``time()`` is not blurred.
* **The epoll rounding.**  An idle real loop waits in epoll, whose timeout is rounded *up* to whole
  milliseconds.  So a wait of 49.95 ms lasts 50 ms: a loop that is less than a millisecond late
  catches up with a timer set since its last wake-up (``sleep(0.05)`` twice ends in the iteration of
  ``sleep(0.1)``, before anything the latter's wake-up schedules), while a loop more than a
  millisecond behind a chain's timer wakes up for the other timer a whole millisecond before it
  (a ticker with ``sleep(0.2)`` next to ``sleep(3)`` does not tick at 3.0: fifteen wake-ups of
  0.2 s make it 14 x 0.35 ms late, and the loop, going to sleep 4.9 ms late for a deadline 0.2 s
  ahead, waits 195 ms).  Likewise, after an unrelated wake-up the loop may be less late than a
  chain (five ``sleep(0.01)`` end in an iteration after ``sleep(0.05)`` when a 0.045 timer woke
  the loop in between).  ``due`` computes each wake-up so: the loop falls asleep
  ``WORK_BEFORE_SLEEP`` after its last wake-up, waits for the next timer's real deadline rounded up
  to the millisecond, and wakes up the slack plus ``WAKEUP_DELAY`` later; every timer of that
  deadline whose real deadline has passed by then is due.  Timers reached while the loop was busy
  fire each in its own iteration.  The constants below are a model, from measurements on Linux,
  not exact: a chain less than a millisecond late fires with the single timer, a later one does
  not, which is what real asyncio prints most of the time (a loaded machine wakes up later still).
* **Moments.**  Each reading of a real clock for a deadline is a moment of its own: equal delays
  given to two ``call_later`` calls, or to two ``asyncio.timeout()`` blocks (``wait_for`` from 3.12),
  fire in the order they were set, even when one task enters its timeout right after another in the
  same iteration.  Any other ``call_at`` deadline is usually ``loop.time() + delay`` as well, read
  after the latest of those: it fires after that one's timer of the same deadline (a lock waiter's
  ``timeout_at(loop.time() + 0.3)`` after the holder's ``sleep(0.3)`` begun an iteration earlier) and
  before those set later.  ``call_at`` timers of the same moment tie, as in asyncio, whose heap then
  pops them in heap order (not necessarily the order they were set); the loop uses the same heap
  operations, so it reproduces that order.  Not modelled: a deadline read earlier than it is set
  (``deadline = loop.time() + 0.3`` before a task starts its ``sleep(0.3)``, ``timeout_at(deadline)``
  after) comes before that sleep on a real clock, here after.
* **Busy time.**  A loop that always has callbacks ready (a task spinning on ``sleep(0)`` until a
  timer sets a flag) never goes idle, so the clock would never jump and the timer never fire,
  where under asyncio real time passes and it does.  Each callback run counts as
  ``CALLBACK_COST`` seconds of work; once that work reaches the next timer's deadline the clock
  moves there.  Ordinary programs run far too few callbacks between timers for this to matter.

Whenever the clock jumps, ``virtualtime.skip()`` is told, so that a program's ``time`` module
follows (see virtualtime.py).
"""

import math

from . import virtualtime

# The virtual time one callback is taken to cost while the loop never goes idle: only used to let
# timers fire under a busy loop.
CALLBACK_COST = 1e-6

# How late a real loop wakes up after waiting ``t`` seconds in epoll: the kernel's timer slack (0.1%
# of the wait, at least 50 us, at most 0.1 s) plus the time the process takes to run again (on
# Linux 6.x ``select(0.0101)`` returns after 11.10 ms, ``select(0.0042)`` after 5.09-5.12 ms); and
# how long a wake-up's callbacks keep the loop from going back to sleep (a few task steps).
SLACK_FRACTION = 1e-3
MIN_SLACK = 50e-6
MAX_SLACK = 0.1
WAKEUP_DELAY = 50e-6
WORK_BEFORE_SLEEP = 100e-6
EPOLL_RESOLUTION = 1e-3  # epoll_wait's timeout is whole milliseconds, rounded up

_INFINITY = float("inf")


class VirtualClock:
    """The virtual time of one loop, and the order in which its timers come due."""

    __slots__ = ("now", "_late", "_moment", "_call_later_timer_next", "_busy")

    def __init__(self, now=0.0):
        self.now = now       # virtual time, in seconds: what loop.time() returns
        self._late = 0.0     # how far behind ``now`` a real clock would be (the lateness of the wake-ups so far)
        self._moment = 0     # counts deadlines read (call_later): a real clock would have moved between them
        self._call_later_timer_next = False  # the next timer set is the latest call_later's own (see sort_key)
        self._busy = 0.0     # seconds of work done since the clock last jumped

    def new_moment(self):
        """A deadline read off the clock (``call_later``, ``asyncio.timeout()``), about to set its timer: on a
        real clock, time moved on since the previous one."""
        self._moment += 1
        self._call_later_timer_next = True

    def sort_key(self, when):
        """Where a timer due at ``when`` (already rounded) goes in the timer heap: a ``call_at`` timer
        comes half a moment after the latest ``call_later``'s (see Moments in the module docstring)."""
        if self._call_later_timer_next:
            self._call_later_timer_next = False
            return (when, self._late, self._moment)
        return (when, self._late, self._moment + 0.5)

    def worked(self, callbacks):
        """The loop is about to run ``callbacks`` callbacks: that much busy time passes."""
        self._busy += callbacks * CALLBACK_COST

    def due(self, next_key, idle):
        """The largest sort key due now, given ``next_key``, that of the earliest timer.

        An ``idle`` loop (nothing ready) waits for that timer as epoll would (see the module
        docstring), jumping the clock forward (only: a blocking ``time.sleep()`` may have moved it
        past already); a busy one moves it there only if the work done since the last jump covers
        the distance.
        """
        when, late = next_key[0], next_key[1]
        if not idle:
            if self._busy:
                self._let_busy_time_pass(when, late)
            return (self.now, self._late, _INFINITY)
        falls_asleep = self.now + self._late + WORK_BEFORE_SLEEP
        wait = round(when + late - falls_asleep, 9)
        if wait > 0:
            timeout = math.ceil(round(wait / EPOLL_RESOLUTION, 6)) * EPOLL_RESOLUTION
            slack = min(MAX_SLACK, max(MIN_SLACK, timeout * SLACK_FRACTION))
            self._jump(max(when, self.now), falls_asleep + timeout + slack + WAKEUP_DELAY)
        elif when > self.now:  # already due on the real clock: epoll returns at once
            self._jump(when, falls_asleep)
        self._busy = 0.0
        return (self.now, self._late, _INFINITY)

    def follow(self, now):
        """The time line reached ``now`` while this clock did not move (another loop running beside this one
        while it waited, see sharedclock.py; the program's clocks while it was not running, see
        ``virtualtime.timeline``): the clock moves up to it; those seconds were skipped already."""
        if now > self.now:
            self.now = now

    def block(self, seconds):
        """A blocking call (``time.sleep``) took ``seconds``: the clock moves on, nothing fires."""
        self.now = round(self.now + seconds, 9)

    def _let_busy_time_pass(self, when, late):
        # The work must cover the nominal distance (a loop later than a timer still runs what is ready
        # first, as asyncio's heap of nominal deadlines does), plus any lateness the timer has over now.
        ahead = when - self.now + max(0.0, late - self._late)
        if ahead <= self._busy and (when, late) > (self.now, self._late):
            self._jump(max(when, self.now), when + late)
            self._busy -= ahead

    def _jump(self, when, real_time):
        """Move to virtual time ``when``, at ``real_time`` on a real clock."""
        if when > self.now:
            virtualtime.skip(when - self.now)
            self.now = when
        self._late = round(real_time - when, 9)
