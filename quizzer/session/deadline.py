"""A time limit that can end a session even while it waits for the learner to type.

`Deadline.interruptible()` wraps the wait for an answer: if time runs out inside it, a SIGALRM
raises `TimeUp` there and then. Outside it (grading, writing progress, printing feedback) the
alarm only marks the deadline as passed, and the runner stops before the next question, so an
answer being recorded is never cut in half. Without SIGALRM (or off the main thread) the
deadline is checked between questions only.
"""

from __future__ import annotations

import signal
import threading
import time
from contextlib import contextmanager


class TimeUp(Exception):
    """The session's time ran out."""


class Deadline:
    def __init__(self, seconds: float, clock=time.monotonic):
        self.clock = clock
        self.end = clock() + seconds
        self._waiting = False

    def remaining(self) -> float:
        return max(0.0, self.end - self.clock())

    def passed(self) -> bool:
        return self.remaining() <= 0

    @contextmanager
    def armed(self):
        """Keep the alarm set for the whole session."""
        if not hasattr(signal, "setitimer") or threading.current_thread() is not threading.main_thread():
            yield
            return
        previous = signal.signal(signal.SIGALRM, self._ring)
        signal.setitimer(signal.ITIMER_REAL, max(self.remaining(), 0.001))
        try:
            yield
        finally:
            signal.setitimer(signal.ITIMER_REAL, 0)
            signal.signal(signal.SIGALRM, previous)

    @contextmanager
    def interruptible(self):
        if self.passed():
            raise TimeUp
        self._waiting = True
        try:
            yield
        finally:
            self._waiting = False

    def _ring(self, signum, frame):
        if self._waiting:
            raise TimeUp
