"""Synchronization primitives: ``Lock``, ``Event``, ``Condition``, ``Semaphore``,
``BoundedSemaphore``, ``Barrier`` (asyncio 3.11's ``locks`` module, same algorithms).

Each keeps a FIFO deque of *waiter* futures, one per blocked coroutine.  Waking a coroutine means
completing its future; the coroutine then runs at its task's next step, one loop iteration later.
That gap matters: between ``release()`` and the waiter's wake-up, another task may run — and
asyncio 3.11's ``Lock.acquire`` lets a newcomer take the lock only if nobody (not cancelled) is
queued, which is what makes these locks fair.

tinyloop labels the waiter futures ("Lock.acquire()", "Event.wait()") for deadlock reports and
traces.  ``Barrier`` (new in 3.11) has no waiters of its own: it is a Condition and a state, so
its wake-ups cost what Condition's cost.
"""

import collections

from . import events, exceptions
from .versions import active


class _LoopBound:
    """A primitive binds itself to the running loop the first time it has to wait."""

    _loop = None

    def _get_loop(self):
        loop = events._get_running_loop()
        if self._loop is None:
            self._loop = loop
        if loop is not self._loop:
            raise RuntimeError(f"{self!r} is bound to a different event loop")
        return loop

    def _new_waiter(self, label):
        fut = self._get_loop().create_future()
        fut._label = label
        return fut


class _ContextManagerMixin:
    async def __aenter__(self):
        await self.acquire()
        return None  # `async with lock as x` gives None, as in asyncio

    async def __aexit__(self, exc_type, exc, tb):
        self.release()


def _with_state(obj, extra, waiters):
    if waiters:
        extra = f"{extra}, waiters:{len(waiters)}"
    return f"<{object.__repr__(obj)[1:-1]} [{extra}]>"


class Lock(_ContextManagerMixin, _LoopBound):
    """A mutual-exclusion lock, handed over in FIFO order."""

    __module__ = "asyncio.locks"

    def __init__(self):
        self._waiters = None
        self._locked = False

    def __repr__(self):
        return _with_state(self, "locked" if self._locked else "unlocked", self._waiters)

    def locked(self):
        return self._locked

    async def acquire(self):
        if not self._locked and (self._waiters is None
                                 or all(w.cancelled() for w in self._waiters)):
            self._locked = True
            return True
        if self._waiters is None:
            self._waiters = collections.deque()
        fut = self._new_waiter("Lock.acquire()")
        self._waiters.append(fut)
        try:
            try:
                await fut
            finally:
                self._waiters.remove(fut)
        except exceptions.CancelledError:
            # We were woken but cancelled before taking the lock: pass the turn on.
            if not self._locked:
                self._wake_up_first()
            raise
        self._locked = True
        return True

    def release(self):
        if self._locked:
            self._locked = False
            self._wake_up_first()
        else:
            raise RuntimeError("Lock is not acquired.")

    def _wake_up_first(self):
        # Only the first waiter is woken; it takes the lock when it runs (one iteration later).
        if not self._waiters:
            return
        fut = self._waiters[0]
        if not fut.done():
            fut.set_result(True)


class Event(_LoopBound):
    """A flag; ``wait()`` blocks until someone ``set()``s it.  All waiters wake together."""

    __module__ = "asyncio.locks"

    def __init__(self):
        self._waiters = collections.deque()
        self._value = False

    def __repr__(self):
        return _with_state(self, "set" if self._value else "unset", self._waiters)

    def is_set(self):
        return self._value

    def set(self):
        if not self._value:
            self._value = True
            for fut in self._waiters:
                if not fut.done():
                    fut.set_result(True)

    def clear(self):
        self._value = False

    async def wait(self):
        return await self._wait_labelled("Event.wait()")

    async def _wait_labelled(self, label):
        # Queue.join() waits on an Event too, but should be reported as "Queue.join()".
        if self._value:
            return True  # no suspension at all: the flag is already up
        fut = self._new_waiter(label)
        self._waiters.append(fut)
        try:
            await fut
            return True
        finally:
            self._waiters.remove(fut)


class Condition(_ContextManagerMixin, _LoopBound):
    """A lock plus a queue of coroutines waiting to be notified."""

    __module__ = "asyncio.locks"

    def __init__(self, lock=None):
        if lock is None:
            lock = Lock()
        self._lock = lock
        self.locked = lock.locked
        self.acquire = lock.acquire
        self.release = lock.release
        self._waiters = collections.deque()

    def __repr__(self):
        return _with_state(self, "locked" if self.locked() else "unlocked", self._waiters)

    async def wait(self):
        """Release the lock, wait for a notify, then re-acquire the lock (queueing for it).

        3.13: a wait that ends in an exception (a cancellation, most likely) passes a notification
        on to the next waiter, since it may have been notified already and a notification must not
        be lost (a spurious wake-up is allowed); and a cancellation during the re-acquiring is
        re-raised as it came (with its message), where 3.11 and 3.12 raised a new, bare one."""
        if not self.locked():
            raise RuntimeError("cannot wait on un-acquired lock")
        try:
            return await self._wait()
        except BaseException:
            # The versions differ only for a wait that fails: only then is the version asked.
            if active.condition_passes_notification_on:
                self._notify(1)
            raise

    async def _wait(self):
        fut = self._new_waiter("Condition.wait()")
        self.release()
        try:
            self._waiters.append(fut)
            try:
                await fut
                return True
            finally:
                self._waiters.remove(fut)
        finally:
            # Must re-acquire the lock even if cancelled; the cancellation is re-raised afterwards.
            cancelled = None
            while True:
                try:
                    await self.acquire()
                    break
                except exceptions.CancelledError as error:
                    cancelled = error
            if cancelled is not None:
                if active.condition_passes_notification_on:
                    raise cancelled
                raise exceptions.CancelledError
    async def wait_for(self, predicate):
        result = predicate()
        while not result:
            await self.wait()
            result = predicate()
        return result

    def notify(self, n=1):
        if not self.locked():
            raise RuntimeError("cannot notify on un-acquired lock")
        self._notify(n)

    def _notify(self, n):
        woken = 0
        for fut in self._waiters:
            if woken >= n:
                break
            if not fut.done():
                woken += 1
                fut.set_result(False)

    def notify_all(self):
        self.notify(len(self._waiters))


class Semaphore(_ContextManagerMixin, _LoopBound):
    """A counter of free slots; ``acquire()`` waits (FIFO) while it is zero."""

    __module__ = "asyncio.locks"

    def __init__(self, value=1):
        if value < 0:
            raise ValueError("Semaphore initial value must be >= 0")
        self._waiters = None
        self._value = value

    def __repr__(self):
        extra = "locked" if self.locked() else f"unlocked, value:{self._value}"
        return _with_state(self, extra, self._waiters)

    def locked(self):
        return self._value == 0 or any(not w.cancelled() for w in (self._waiters or ()))

    async def acquire(self):
        if not self.locked():
            self._value -= 1
            return True
        if self._waiters is None:
            self._waiters = collections.deque()
        fut = self._new_waiter(f"{type(self).__name__}.acquire()")
        self._waiters.append(fut)
        try:
            try:
                await fut
            finally:
                self._waiters.remove(fut)
        except exceptions.CancelledError:
            if not fut.cancelled():
                # We were given a slot but got cancelled before using it: give it back.
                self._value += 1
                self._wake_up_next()
            self._wake_up_the_rest()
            raise
        if self._value > 0:
            self._wake_up_next()
            self._wake_up_the_rest()
        return True

    def release(self):
        self._value += 1
        self._wake_up_next()

    def _wake_up_next(self):
        # The woken waiter's slot is taken now (value decremented here), not when it runs.
        if not self._waiters:
            return False
        for fut in self._waiters:
            if not fut.done():
                self._value -= 1
                fut.set_result(True)
                return True
        return False

    def _wake_up_the_rest(self):
        # Slots can be free while tasks wait: a newcomer queues behind a woken waiter that has not run yet
        # (FIFO), even when releases meanwhile freed more slots.  A waiter leaving acquire() (with the slot
        # or cancelled) wakes one of them at most up to 3.12, and none if it was cancelled before its turn;
        # from 3.13 as many as there are free slots.
        if self._value > 0 and any(not fut.done() for fut in self._waiters):
            if active.semaphore_wakes_a_waiter_per_free_slot:
                while self._value > 0 and self._wake_up_next():
                    pass


class BoundedSemaphore(Semaphore):
    """A Semaphore that refuses to be released more often than acquired."""

    __module__ = "asyncio.locks"

    def __init__(self, value=1):
        self._bound_value = value
        super().__init__(value)

    def release(self):
        if self._value >= self._bound_value:
            raise ValueError("BoundedSemaphore released too many times")
        super().release()


class Barrier(_LoopBound):
    """``parties`` tasks meet: each ``wait()`` blocks until the last one arrives, then all go on.

    A round has two phases.  *Filling*: arrivals take an index (0, 1, ...) and wait; the last one
    switches to *draining* and wakes them all.  While draining, newcomers queue for the next
    round; the last task to leave switches back to filling.  ``reset()`` and ``abort()`` wake the
    waiters with ``BrokenBarrierError`` (a reset barrier is usable again, an aborted one is not).
    Every step goes through the Condition's lock, as in asyncio, so wake-ups take the same
    number of loop iterations.
    """

    __module__ = "asyncio.locks"

    _FILLING, _DRAINING, _RESETTING, _BROKEN = "filling", "draining", "resetting", "broken"

    def __init__(self, parties):
        if parties < 1:
            raise ValueError("parties must be > 0")
        self._cond = Condition()
        self._parties = parties
        self._state = self._FILLING
        self._count = 0  # tasks inside wait() in this round (arrived and not yet left)

    def __repr__(self):
        extra = self._state
        if not self.broken:
            extra += f", waiters:{self.n_waiting}/{self.parties}"
        return f"<{object.__repr__(self)[1:-1]} [{extra}]>"

    async def __aenter__(self):
        return await self.wait()

    async def __aexit__(self, *exc_info):
        pass

    async def wait(self):
        """Wait for the others; return this task's arrival index (0 .. parties-1)."""
        async with self._cond:
            # A round still draining (or being reset) must finish before we can join.
            await self._cond.wait_for(lambda: self._state not in (self._DRAINING, self._RESETTING))
            if self._state == self._BROKEN:
                raise exceptions.BrokenBarrierError("Barrier aborted")
            index = self._count
            self._count += 1
            try:
                if self._count == self._parties:
                    self._state = self._DRAINING  # the last arrival lets everybody go
                    self._cond.notify_all()
                else:
                    await self._cond.wait_for(lambda: self._state != self._FILLING)
                    if self._state in (self._BROKEN, self._RESETTING):
                        raise exceptions.BrokenBarrierError("Abort or reset of barrier")
                return index
            finally:
                self._count -= 1
                if self._count == 0:  # the last to leave ends the round (or the reset)
                    if self._state in (self._DRAINING, self._RESETTING):
                        self._state = self._FILLING
                    self._cond.notify_all()

    async def reset(self):
        """Back to an empty filling barrier; the tasks waiting now get BrokenBarrierError."""
        async with self._cond:
            self._state = self._RESETTING if self._count > 0 else self._FILLING
            self._cond.notify_all()

    async def abort(self):
        """Break the barrier for good: waiters and later arrivals get BrokenBarrierError."""
        async with self._cond:
            self._state = self._BROKEN
            self._cond.notify_all()

    @property
    def parties(self):
        return self._parties

    @property
    def n_waiting(self):
        return self._count if self._state == self._FILLING else 0

    @property
    def broken(self):
        return self._state == self._BROKEN
