"""The loop's virtual clock: what time it is, and which timers are due (no asyncio counterpart;
trio's ``MockClock`` plays the same part).

asyncio reads a real monotonic clock.  tinyloop's clock starts at 0.0 and only moves when the loop
has nothing to do: it jumps straight to the next timer, so ``await asyncio.sleep(3600)`` takes no
real time.  Deadlines are rounded to the nanosecond so that ``0.7 + 0.1`` and ``0.8`` are the same
instant.  The loop asks the clock three things (``sort_key``, ``due``, ``fired``) and tells it two
(``new_moment``, ``worked``); everything below is how those answers come out as on a real clock.

* **Lateness.**  A real loop always wakes up a little *after* a deadline, so a timer set after a
  wake-up is slightly later than a timer set earlier for the same nominal time: ``sleep(0.1)``
  twice ends after ``sleep(0.2)``.  Each timer carries a *lateness*, the number of wake-ups in the
  chain that set it, and equal deadlines fire in order of lateness.  ``time()`` is not blurred.
* **The epoll rounding.**  An idle real loop waits in epoll, whose timeout is rounded up to whole
  milliseconds: it wakes up about as late past the deadline as it was when it went to sleep, so
  the timers set since its last wake-up (one wake-up later than that one) are found due too and
  fire in the same iteration (``sleep(0.05)`` twice ends in the iteration of ``sleep(0.1)``,
  before anything the latter's wake-up schedules).  Timers from longer chains of wake-ups, and
  those reached while the loop was busy, fire each lateness in its own iteration.
* **Moments.**  Two ``call_later`` calls are two moments of a real clock: equal delays fire in the
  order they were set.  Timers given *the very same* ``call_at`` deadline tie, as in asyncio, whose
  heap then pops them in heap order (not necessarily the order they were set); the loop uses the
  same heap operations, so it reproduces that order.
* **Busy time.**  A loop that always has callbacks ready (a task spinning on ``sleep(0)`` until a
  timer sets a flag) never goes idle, so the clock would never jump and the timer never fire,
  where under asyncio real time passes and it does.  Each callback run counts as
  ``CALLBACK_COST`` seconds of work; once that work reaches the next timer's deadline the clock
  moves there.  Ordinary programs run far too few callbacks between timers for this to matter.

Whenever the clock jumps, ``virtualtime.skip()`` is told, so that a program's ``time`` module
follows (see virtualtime.py).
"""

from . import virtualtime

# The virtual time one callback is taken to cost while the loop never goes idle, and how late a
# real loop wakes up after a deadline: only used to let timers fire under a busy loop.
CALLBACK_COST = 1e-6
WAKEUP_LATENESS = 1e-4

_INFINITY = float("inf")


class VirtualClock:
    """The virtual time of one loop, and the order in which its timers come due."""

    __slots__ = ("now", "_lateness", "_moment", "_busy")

    def __init__(self):
        self.now = 0.0       # virtual time, in seconds: what loop.time() returns
        self._lateness = 0   # how many timer wake-ups led to the present moment
        self._moment = 0     # counts call_later calls: a real clock would have moved between them
        self._busy = 0.0     # seconds of work done since the clock last jumped

    def new_moment(self):
        """A ``call_later`` call: on a real clock, time moved on since the previous one."""
        self._moment += 1

    def sort_key(self, when):
        """Where a timer due at ``when`` (already rounded) goes in the timer heap."""
        lateness = self._lateness if when <= self.now else self._lateness + 1
        return (when, lateness, self._moment)

    def worked(self, callbacks):
        """The loop is about to run ``callbacks`` callbacks: that much busy time passes."""
        self._busy += callbacks * CALLBACK_COST

    def due(self, next_key, idle):
        """The largest sort key due now, given ``next_key``, that of the earliest timer.

        An ``idle`` loop (nothing ready) first jumps the clock to that timer (forward only: a
        blocking ``time.sleep()`` may have moved it past already); a busy one moves it there only
        if the work done since the last jump covers the distance.
        """
        when, lateness = next_key[0], next_key[1]
        if not idle:
            if self._busy:
                self._let_busy_time_pass(when, lateness)
            return (self.now, self._lateness, _INFINITY)
        woke_late_by = self._lateness
        if (when, lateness) > (self.now, self._lateness):
            self._jump(when, lateness)
        self._busy = 0.0
        # The epoll rounding (see the module docstring): the timers of this deadline set since
        # the last wake-up are due too.
        return (self.now, max(self._lateness, woke_late_by + 1), _INFINITY)

    def fired(self, key):
        """A timer with sort key ``key`` fired: now is after the latest of this deadline's timers."""
        if key[1] > self._lateness and key[0] == self.now:
            self._lateness = key[1]

    def block(self, seconds):
        """A blocking call (``time.sleep``) took ``seconds``: the clock moves on, nothing fires."""
        self.now = round(self.now + seconds, 9)

    def _let_busy_time_pass(self, when, lateness):
        ahead = when - self.now + max(0, lateness - self._lateness) * WAKEUP_LATENESS
        if ahead <= self._busy and (when, lateness) > (self.now, self._lateness):
            self._jump(when, lateness)
            self._busy -= ahead

    def _jump(self, when, lateness):
        virtualtime.skip(when - self.now)
        self.now, self._lateness = when, lateness
