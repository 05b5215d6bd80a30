"""``Queue``, ``PriorityQueue``, ``LifoQueue`` (asyncio's ``queues`` module, same algorithm).

A queue keeps two FIFO deques of waiter futures: *getters* (blocked in ``get()`` on an empty
queue) and *putters* (blocked in ``put()`` on a full one).  ``put_nowait`` wakes the first getter,
``get_nowait`` the first putter.  A woken getter only runs one loop iteration later and then
*re-checks* the queue (``while self.empty()``): if another task took the item meanwhile, it waits
again.  ``join()`` waits on an Event that ``task_done()`` sets when the unfinished count hits zero.

3.13 added ``shutdown(immediate=False)`` and ``QueueShutDown``: after it, ``put`` raises, and ``get``
raises once the queue is empty (at once with ``immediate=True``, which also drops the items left and
counts them as done); every blocked getter and putter is woken to find that out.

tinyloop labels the waiter futures ("Queue.get()", "Queue.put()", "Queue.join()") for deadlock
reports and traces.
"""

import collections
import heapq
from types import GenericAlias

from .locks import Event, _LoopBound
from .versions import since


class QueueEmpty(Exception):
    """Raised by get_nowait() on an empty queue."""

    __module__ = "asyncio.queues"


class QueueFull(Exception):
    """Raised by put_nowait() on a full queue."""

    __module__ = "asyncio.queues"


class QueueShutDown(Exception):
    """Raised when putting on to or getting from a shut-down Queue (3.13)."""

    __module__ = "asyncio.queues"


class Queue(_LoopBound):
    """A FIFO queue; ``maxsize <= 0`` means unbounded."""

    __module__ = "asyncio.queues"
    __class_getitem__ = classmethod(GenericAlias)

    def __init__(self, maxsize=0):
        self._maxsize = maxsize
        self._getters = collections.deque()
        self._putters = collections.deque()
        self._unfinished_tasks = 0
        self._finished = Event()
        self._finished.set()
        self._init(maxsize)
        self._is_shutdown = False   # shutdown() was called (3.13)

    # The three storage methods subclasses override.
    def _init(self, maxsize):
        self._queue = collections.deque()

    def _get(self):
        return self._queue.popleft()

    def _put(self, item):
        self._queue.append(item)

    def _wakeup_next(self, waiters):
        # Wake the first waiter that is still waiting (cancelled ones are dropped).
        while waiters:
            waiter = waiters.popleft()
            if not waiter.done():
                waiter.set_result(None)
                break

    def __repr__(self):
        return f"<{type(self).__name__} at {id(self):#x} {self._format()}>"

    def __str__(self):
        return f"<{type(self).__name__} {self._format()}>"

    def _format(self):
        result = f"maxsize={self._maxsize!r}"
        if getattr(self, "_queue", None):
            result += f" _queue={list(self._queue)!r}"
        if self._getters:
            result += f" _getters[{len(self._getters)}]"
        if self._putters:
            result += f" _putters[{len(self._putters)}]"
        if self._unfinished_tasks:
            result += f" tasks={self._unfinished_tasks}"
        if self._is_shutdown:
            result += " shutdown"
        return result

    def qsize(self):
        return len(self._queue)

    @property
    def maxsize(self):
        return self._maxsize

    def empty(self):
        return not self._queue

    def full(self):
        if self._maxsize <= 0:
            return False
        return self.qsize() >= self._maxsize

    async def put(self, item):
        while self.full():
            if self._is_shutdown:
                raise QueueShutDown
            putter = self._new_waiter(f"{type(self).__name__}.put()")
            self._putters.append(putter)
            try:
                await putter
            except:  # noqa: E722 - asyncio cleans up on any exception, then re-raises
                putter.cancel()  # in case we were woken and then cancelled
                try:
                    self._putters.remove(putter)
                except ValueError:
                    pass  # already removed by _wakeup_next
                if not self.full() and not putter.cancelled():
                    # We were woken but will not put: wake the next putter in our place.
                    self._wakeup_next(self._putters)
                raise
        return self.put_nowait(item)

    def put_nowait(self, item):
        if self._is_shutdown:
            raise QueueShutDown
        if self.full():
            raise QueueFull
        self._put(item)
        self._unfinished_tasks += 1
        self._finished.clear()
        self._wakeup_next(self._getters)

    async def get(self):
        while self.empty():
            if self._is_shutdown:
                raise QueueShutDown
            getter = self._new_waiter(f"{type(self).__name__}.get()")
            self._getters.append(getter)
            try:
                await getter
            except:  # noqa: E722 - see put()
                getter.cancel()
                try:
                    self._getters.remove(getter)
                except ValueError:
                    pass
                if not self.empty() and not getter.cancelled():
                    self._wakeup_next(self._getters)
                raise
        return self.get_nowait()

    def get_nowait(self):
        if self.empty():
            if self._is_shutdown:
                raise QueueShutDown
            raise QueueEmpty
        item = self._get()
        self._wakeup_next(self._putters)
        return item

    def task_done(self):
        if self._unfinished_tasks <= 0:
            raise ValueError("task_done() called too many times")
        self._unfinished_tasks -= 1
        if self._unfinished_tasks == 0:
            self._finished.set()

    async def join(self):
        if self._unfinished_tasks > 0:
            await self._finished._wait_labelled(f"{type(self).__name__}.join()")

    @since("queue_shutdown")
    def shutdown(self, immediate=False):
        """Make put() raise QueueShutDown, and get() once the queue is empty (at once, dropping the
        items left and counting them done, with ``immediate``); wake every blocked caller."""
        self._is_shutdown = True
        if immediate:
            while not self.empty():
                self._get()
                if self._unfinished_tasks > 0:
                    self._unfinished_tasks -= 1
            if self._unfinished_tasks == 0:
                self._finished.set()
        for waiters in (self._getters, self._putters):
            while waiters:
                waiter = waiters.popleft()
                if not waiter.done():
                    waiter.set_result(None)


class PriorityQueue(Queue):
    """Smallest item first (a heap)."""

    __module__ = "asyncio.queues"

    def _init(self, maxsize):
        self._queue = []

    def _put(self, item):
        heapq.heappush(self._queue, item)

    def _get(self):
        return heapq.heappop(self._queue)


class LifoQueue(Queue):
    """Last in, first out (a stack)."""

    __module__ = "asyncio.queues"

    def _init(self, maxsize):
        self._queue = []

    def _put(self, item):
        self._queue.append(item)

    def _get(self):
        return self._queue.pop()
