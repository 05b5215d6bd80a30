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

from . import events, exceptions, futures, tasks
from .queues import Queue

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
    waiter._label = f"wait({', '.join(f._describe() for f in fs)})"
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


# ---------------------------------------------------------------------- wait_for (3.11 version)

async def wait_for(fut, timeout):
    """Await ``fut`` but give up after ``timeout`` seconds: cancel it, wait until it is really
    done, then raise TimeoutError.  This is 3.11's implementation (3.12 rewrote it on top of
    ``timeout()``, with different iteration counts).  Where asyncio returns ``fut.result()``,
    we re-raise the exception from this frame ourselves: asyncio's ``result()`` is C code and
    adds no line to the traceback, ours would."""
    loop = events.get_running_loop()
    if timeout is None:
        return await fut
    if timeout <= 0:
        fut = tasks.ensure_future(fut, loop=loop)
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

    waiter = loop.create_future()
    timeout_handle = loop.call_later(timeout, _release_waiter, waiter)
    cb = functools.partial(_release_waiter, waiter)
    fut = tasks.ensure_future(fut, loop=loop)
    fut.add_done_callback(cb)
    waiter._label = f"wait_for({fut._describe()}, timeout={timeout!r})"
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


async def _cancel_and_wait(fut, loop):
    waiter = loop.create_future()
    waiter._label = f"cancellation of {fut._describe()}"
    cb = functools.partial(_release_waiter, waiter)
    fut.add_done_callback(cb)
    try:
        fut.cancel()
        await waiter
    finally:
        fut.remove_done_callback(cb)


# ---------------------------------------------------------------------- as_completed (3.11)

def as_completed(fs, *, timeout=None):
    """A plain iterator of coroutines; awaiting the n-th gives the n-th result to arrive."""
    if futures.isfuture(fs) or tasks.iscoroutine(fs):
        raise TypeError(f"expect an iterable of futures, not {type(fs).__name__}")
    done = Queue()
    loop = events._get_event_loop()
    todo = {tasks.ensure_future(f, loop=loop): None for f in dict.fromkeys(fs)}  # an ordered set
    timeout_handle = None

    def _on_timeout():
        for f in todo:
            f.remove_done_callback(_on_completion)
            done.put_nowait(None)  # a dummy value for _wait_for_one()
        todo.clear()

    def _on_completion(f):
        if not todo:
            return  # _on_timeout() was here first
        del todo[f]
        done.put_nowait(f)
        if not todo and timeout_handle is not None:
            timeout_handle.cancel()

    async def _wait_for_one():
        f = await done.get()
        if f is None:
            raise exceptions.TimeoutError
        return f.result()

    for f in todo:
        f.add_done_callback(_on_completion)
    if todo and timeout is not None:
        timeout_handle = loop.call_later(timeout, _on_timeout)
    for _ in range(len(todo)):
        yield _wait_for_one()


# ---------------------------------------------------------------------- shield

def shield(arg):
    """A future that mirrors ``arg`` but whose cancellation does not reach ``arg``."""
    inner = tasks.ensure_future(arg)
    if inner.done():
        return inner
    loop = inner.get_loop()
    outer = loop.create_future()
    outer._label = f"shield({inner._describe()})"

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
