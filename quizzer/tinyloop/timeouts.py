"""``asyncio.timeout()`` / ``timeout_at()`` and the ``Timeout`` context manager (asyncio 3.11's
``timeouts`` module, same algorithm).

``async with asyncio.timeout(1):`` schedules a timer; if it fires while the block still runs, it
*cancels the current task*.  The CancelledError travels up to ``__aexit__``, which recognises its
own cancellation (with ``uncancel()``: the task's cancel count drops back to what it was on entry)
and turns it into ``TimeoutError``.  A cancellation from someone else passes through unchanged.

3.13: when the block ends with another exception instead (raised while the cancellation was being
handled, say in a ``finally``), that exception goes through, with a ``TimeoutError`` put into its
``__context__`` chain above the CancelledError, so a traceback still says a timeout was involved.
"""

import enum

from . import events, exceptions, tasks
from .versions import active


class _State(enum.Enum):
    CREATED = "created"
    ENTERED = "active"
    EXPIRING = "expiring"
    EXPIRED = "expired"
    EXITED = "finished"


class Timeout:
    """An async context manager that cancels its task at a deadline (loop time)."""

    __module__ = "asyncio.timeouts"

    def __init__(self, when):
        self._state = _State.CREATED
        self._timeout_handler = None
        self._task = None
        self._when = when
        self._read_for_a_delay = False  # timeout(delay) read the deadline off the clock just now

    def when(self):
        return self._when

    def reschedule(self, when):
        """Move the deadline (None: no deadline)."""
        if self._state is not _State.ENTERED:
            if self._state is _State.CREATED:
                raise RuntimeError("Timeout has not been entered")
            raise RuntimeError(f"Cannot change state of {self._state.value} Timeout")
        self._when = when
        if self._timeout_handler is not None:
            self._timeout_handler.cancel()
        if when is None:
            self._timeout_handler = None
        else:
            loop = events.get_running_loop()
            if when <= loop.time():
                self._timeout_handler = loop.call_soon(self._on_timeout)
            elif self._read_for_a_delay:
                # On a real clock that reading was a moment of its own, as a call_later's is: the timer fires
                # after those of the same deadline read before it (see clock.py), not in heap order.
                self._timeout_handler = loop.call_later(when - loop.time(), self._on_timeout)
            else:
                self._timeout_handler = loop.call_at(when, self._on_timeout)
        self._read_for_a_delay = False

    def expired(self):
        return self._state in (_State.EXPIRING, _State.EXPIRED)

    def __repr__(self):
        info = [""]
        if self._state is _State.ENTERED:
            when = round(self._when, 3) if self._when is not None else None
            info.append(f"when={when}")
        return f"<Timeout [{self._state.value}]{' '.join(info)}>"

    async def __aenter__(self):
        if self._state is not _State.CREATED:
            raise RuntimeError("Timeout has already been entered")
        task = tasks.current_task()
        if task is None:
            raise RuntimeError("Timeout should be used inside a task")
        self._state = _State.ENTERED
        self._task = task
        self._cancelling = task.cancelling()
        self.reschedule(self._when)
        return self

    async def __aexit__(self, exc_type, exc_val, exc_tb):
        assert self._state in (_State.ENTERED, _State.EXPIRING)
        if self._timeout_handler is not None:
            self._timeout_handler.cancel()
            self._timeout_handler = None
        if self._state is _State.EXPIRING:
            self._state = _State.EXPIRED
            if self._task.uncancel() <= self._cancelling and exc_type is not None:
                if exceptions._is_cancellation(exc_type, "timeout_marks_other_exceptions"):
                    # Our own cancellation reached us: it becomes a TimeoutError.
                    raise TimeoutError from exc_val
                if exc_val is not None and active.timeout_marks_other_exceptions:
                    _insert_timeout_error(exc_val)
                    if isinstance(exc_val, ExceptionGroup):
                        for inner in exc_val.exceptions:
                            _insert_timeout_error(inner)
        elif self._state is _State.ENTERED:
            self._state = _State.EXITED
        return None

    def _on_timeout(self):
        assert self._state is _State.ENTERED
        self._task.cancel()
        self._state = _State.EXPIRING
        self._timeout_handler = None  # the handle ran: nothing to cancel any more


def _insert_timeout_error(exc):
    """Put a TimeoutError above the first CancelledError in ``exc``'s context chain (3.13)."""
    while exc.__context__ is not None:
        if isinstance(exc.__context__, exceptions.CancelledError):
            marker = TimeoutError()
            marker.__context__ = marker.__cause__ = exc.__context__
            exc.__context__ = marker
            return
        exc = exc.__context__


def timeout(delay):
    """A Timeout ``delay`` seconds from now (None: no deadline)."""
    loop = events.get_running_loop()
    if delay is None:
        return Timeout(None)
    timeout = Timeout(loop.time() + delay)
    timeout._read_for_a_delay = True
    return timeout


def timeout_at(when):
    """A Timeout at the absolute loop time ``when``."""
    return Timeout(when)
