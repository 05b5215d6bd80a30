"""Waiting for several things at once: ``wait``, ``wait_for``, ``as_completed``, ``shield``
(from asyncio 3.11's ``tasks`` module; ``gather``, which the loop itself needs, is in gathering.py).

All of them are built from the core's public pieces: futures, done callbacks, ``call_later`` and
task cancellation.  The number of loop iterations they cost follows from that and matches asyncio:
for example ``wait_for`` waits on an inner "waiter" future that a done callback of the awaited task
completes, so the caller resumes one iteration after the task finished.

Where asyncio iterates over a ``set`` of futures (``wait``, ``as_completed``) the order of the
tasks it creates or cancels depends on memory addresses; tinyloop uses the order of the
arguments instead, which is what asyncio does in the common case.
"""

import functools

from . import events, exceptions, futures, tasks, timeouts
from .queues import Queue
from .versions import active

FIRST_COMPLETED = "FIRST_COMPLETED"
FIRST_EXCEPTION = "FIRST_EXCEPTION"
ALL_COMPLETED = "ALL_COMPLETED"


# ---------------------------------------------------------------------- wait

def _release_waiter(waiter, *args):
    if not waiter.done():
        waiter.set_result(None)


async def wait(fs, *, timeout=None, return_when=ALL_COMPLETED):
    """Wait for the futures or tasks in ``fs``; return ``(done, pending)`` sets.  3.11 refuses
    coroutines."""
    if futures.isfuture(fs) or tasks.iscoroutine(fs):
        raise TypeError(f"expect a list of futures, not {type(fs).__name__}")
    if not fs:
        raise ValueError("Set of Tasks/Futures is empty.")
    if return_when not in (FIRST_COMPLETED, FIRST_EXCEPTION, ALL_COMPLETED):
        raise ValueError(f"Invalid return_when value: {return_when}")
    fs = list(dict.fromkeys(fs))
    if any(tasks.iscoroutine(f) for f in fs):
        raise TypeError("Passing coroutines is forbidden, use tasks explicitly.")
    loop = events.get_running_loop()
    return await _wait(fs, timeout, return_when, loop)


async def _wait(fs, timeout, return_when, loop):
    waiter = loop.create_future()
    timeout_handle = None
    if timeout is not None:
        timeout_handle = loop.call_later(timeout, _release_waiter, waiter)
    counter = len(fs)

    def _on_completion(f):
        nonlocal counter
        counter -= 1
        if (counter <= 0
                or return_when == FIRST_COMPLETED
                or return_when == FIRST_EXCEPTION and not f.cancelled() and f.exception() is not None):
            if timeout_handle is not None:
                timeout_handle.cancel()
            if not waiter.done():
                waiter.set_result(None)

    for f in fs:
        f.add_done_callback(_on_completion)
    waiter._label = f"wait({', '.join(futures.describe(f) for f in fs)})"
    try:
        await waiter
    finally:
        if timeout_handle is not None:
            timeout_handle.cancel()
        for f in fs:
            f.remove_done_callback(_on_completion)
    done, pending = set(), set()
    for f in fs:
        (done if f.done() else pending).add(f)
    return done, pending


# ---------------------------------------------------------------------- wait_for

async def wait_for(fut, timeout):
    """Await ``fut`` but give up after ``timeout`` seconds: cancel it, wait until it is really
    done, then raise TimeoutError.

    Two implementations, chosen by the modelled version (``versions.wait_for_uses_timeout``):
    3.11 wraps ``fut`` in a task of its own and races it against a timer; 3.12 rebuilt it as
    ``async with timeout(delay): return await fut``, so a coroutine runs in the caller's own task,
    starts at once and takes no Task-N number, and on timeout the caller's task is the one
    cancelled (``timeout()`` turns that cancellation into TimeoutError).  Both give up at once,
    the same way, on a timeout <= 0.  Where asyncio returns ``fut.result()``, we re-raise the
    exception from this frame ourselves: asyncio's ``result()`` is C code and adds no line to the
    traceback, ours would."""
    loop = events.get_running_loop()
    if timeout is not None and timeout <= 0:
        fut = tasks.ensure_future(fut, loop=loop)
        try:
            if fut.done():
                result, error = futures._outcome(fut)
                if error is not None:
                    raise error
                return result
            await _cancel_and_wait(fut, loop=loop)
            try:
                result, error = futures._outcome(fut)
                if error is not None:
                    raise error
                return result
            except exceptions.CancelledError as exc:
                raise exceptions.TimeoutError() from exc
        finally:
            error = None  # see the end of this function
    if active.wait_for_uses_timeout:
        async with timeouts.timeout(timeout):
            return await fut
    # 3.11: race ``fut``, wrapped in a task of its own, against a timer.
    if timeout is None:
        return await fut
    waiter = loop.create_future()
    timeout_handle = loop.call_later(timeout, _release_waiter, waiter)
    cb = functools.partial(_release_waiter, waiter)
    fut = tasks.ensure_future(fut, loop=loop)
    fut.add_done_callback(cb)
    waiter._label = f"wait_for({futures.describe(fut)}, timeout={timeout!r})"
    try:
        try:
            await waiter
        except exceptions.CancelledError:
            if fut.done():
                result, error = futures._outcome(fut)
                if error is not None:
                    raise error  # noqa: B904 - as asyncio's fut.result() here: chained to the CancelledError
                return result
            fut.remove_done_callback(cb)
            await _cancel_and_wait(fut, loop=loop)  # never leave the task running behind us
            raise
        if fut.done():
            result, error = futures._outcome(fut)
            if error is not None:
                raise error
            return result
        fut.remove_done_callback(cb)
        await _cancel_and_wait(fut, loop=loop)
        try:
            result, error = futures._outcome(fut)  # the task may have refused to be cancelled
            if error is not None:
                raise error
            return result
        except exceptions.CancelledError as exc:
            raise exceptions.TimeoutError() from exc
    finally:
        timeout_handle.cancel()
        # The exception raised from here holds this frame in its traceback: the frame must not hold the
        # exception in turn, a cycle that would keep both (and the frames of the task it ended) alive until
        # a garbage collection, where asyncio's fut.result() leaves no local behind.
        error = None


async def _cancel_and_wait(fut, loop):
    waiter = loop.create_future()
    waiter._label = f"cancellation of {futures.describe(fut)}"
    cb = functools.partial(_release_waiter, waiter)
    fut.add_done_callback(cb)
    try:
        fut.cancel()
        await waiter
    finally:
        fut.remove_done_callback(cb)


# ---------------------------------------------------------------------- as_completed

def as_completed(fs, *, timeout=None):
    """The awaitables of ``fs`` in the order they finish.

    3.11 and 3.12: a generator of coroutines (awaiting the n-th gives the n-th result to arrive);
    being a generator, it does nothing until the first ``next()``.  3.13 made it an object that is
    both an iterator (of such coroutines) and an asynchronous iterator (``async for`` yields the
    tasks and futures themselves), set up at the call: the tasks start and the timeout runs from
    there (``versions.as_completed_iterator``)."""
    if not active.as_completed_iterator:
        return _as_completed_generator(fs, timeout)
    if tasks._isawaitable(fs):
        raise TypeError(f"expects an iterable of awaitables, not {type(fs).__name__}")
    return _AsCompletedIterator(fs, timeout)


class _AsCompletedIterator:
    """What ``as_completed`` returns from 3.13 on: tasks go into ``_done`` (a Queue) as they finish;
    a timeout puts one None per task still running, which the next wait turns into TimeoutError.
    Named and placed as asyncio's, since ``type(as_completed(...))`` is something a program prints."""

    __module__ = "asyncio.tasks"

    def __init__(self, fs, timeout):
        self._done = Queue()
        self._timeout_handle = None
        loop = events._get_event_loop()
        self._todo = {tasks.ensure_future(f, loop=loop): None for f in dict.fromkeys(fs)}  # an ordered set
        for f in self._todo:
            f.add_done_callback(self._on_completion)
        if self._todo and timeout is not None:
            self._timeout_handle = loop.call_later(timeout, self._on_timeout)
        self._todo_left = len(self._todo)

    def __iter__(self):
        return self

    def __aiter__(self):
        return self

    def __next__(self):
        if not self._todo_left:
            raise StopIteration
        self._todo_left -= 1
        return self._wait_for_one(resolve=True)

    async def __anext__(self):
        if not self._todo_left:
            raise StopAsyncIteration
        self._todo_left -= 1
        return await self._wait_for_one()

    def _on_timeout(self):
        for f in self._todo:
            f.remove_done_callback(self._on_completion)
            self._done.put_nowait(None)
        self._todo.clear()

    def _on_completion(self, f):
        if not self._todo:
            return  # _on_timeout() was here first
        del self._todo[f]
        self._done.put_nowait(f)
        if not self._todo and self._timeout_handle is not None:
            self._timeout_handle.cancel()

    async def _wait_for_one(self, resolve=False):
        f = await self._done.get()
        if f is None:
            raise exceptions.TimeoutError
        return f.result() if resolve else f


def _as_completed_generator(fs, timeout):
    """3.11's and 3.12's as_completed: a generator function, so the check and the set-up run at the
    first ``next()``; what it yields is what 3.13's plain iteration yields."""
    if futures.isfuture(fs) or tasks.iscoroutine(fs):
        raise TypeError(f"expect an iterable of futures, not {type(fs).__name__}")
    pending = _AsCompletedIterator(fs, timeout)

    async def _wait_for_one():
        return await pending._wait_for_one(resolve=True)

    _wait_for_one.__qualname__ = "as_completed.<locals>._wait_for_one"
    for _ in range(pending._todo_left):
        yield _wait_for_one()


# The generator and the coroutines it yields carry 3.11's names (a program may print them).
_as_completed_generator.__name__ = "as_completed"
_as_completed_generator.__qualname__ = "as_completed"


# ---------------------------------------------------------------------- shield

def shield(arg):
    """A future that mirrors ``arg`` but whose cancellation does not reach ``arg``."""
    inner = tasks.ensure_future(arg)
    if inner.done():
        return inner
    loop = inner.get_loop()
    outer = loop.create_future()
    outer._label = f"shield({futures.describe(inner)})"

    def _inner_done_callback(inner):
        if outer.cancelled():
            if not inner.cancelled():
                inner.exception()  # mark it retrieved
            return
        if inner.cancelled():
            outer.cancel()
        else:
            exc = inner.exception()
            if exc is not None:
                outer.set_exception(exc)
            else:
                outer.set_result(inner.result())

    def _outer_done_callback(outer):
        if not inner.done():
            inner.remove_done_callback(_inner_done_callback)

    inner.add_done_callback(_inner_done_callback)
    outer.add_done_callback(_outer_done_callback)
    return outer
