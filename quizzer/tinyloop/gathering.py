"""``gather()`` (from asyncio 3.11's ``tasks`` module, same algorithm).

It sits right above tasks.py, below the loop, because the loop and ``asyncio.run`` use it
themselves: ``loop.shutdown_asyncgens()`` and the clean-up of ``asyncio.run`` wait with it.  The
other combinators (``wait``, ``wait_for``, ...) are in combinators.py.

``gather`` wraps each argument in a task (``ensure_future``), adds one done callback per child,
and completes its own future once the last child is done; the results come in argument order.

3.12: a child already done when gather() is called (a done future, an eager task) is handled at
once instead of through a done callback, so gathering only done children gives a done future,
and awaiting it does not yield to the loop (``versions.gather_takes_done_children_at_once``).
"""

from contextvars import copy_context
from types import CoroutineType

from . import events, exceptions, futures, tasks
from .futures import _FINISHED, _PENDING
from .handles import Handle
from .versions import active

# tinyloop's own futures and tasks: their done(), cancelled(), exception() and result() read the
# state and do nothing else, so gather reads it directly, sparing a Python call per child and
# method (a subclass's methods may do more: they are called).
_OWN_TYPES = frozenset({futures.Future, tasks.Task})


class _GatheringFuture(futures.Future):
    """The future gather() returns.  Cancelling it cancels the children instead (like a task,
    it does not become cancelled at once)."""

    def __init__(self, children, *, loop):
        super().__init__(loop=loop)
        self._children = children
        self._cancel_requested = False

    def cancel(self, msg=None):
        if self.done():
            return False
        cancelled_one = False
        for child in self._children:
            if child.cancel(msg=msg):
                cancelled_one = True
        if cancelled_one:
            self._cancel_requested = True
        return cancelled_one

    def _describe(self):
        return f"gather({', '.join(futures.describe(child) for child in self._children)})"


def gather(*coros_or_futures, return_exceptions=False):
    """A future for the list of results, in argument order.  Without ``return_exceptions`` the
    first exception (or child cancellation) is propagated at once; the other children go on."""
    if not coros_or_futures:
        outer = events._get_event_loop().create_future()
        outer.set_result([])
        return outer

    def _done_callback(fut):
        nonlocal nfinished
        nfinished += 1
        if outer is None or outer._state is not _PENDING:  # outer is ours: done() without a call
            _mark_retrieved(fut)
            return
        # A child of tinyloop's own that returned has nothing to propagate: what its cancelled() and
        # exception() would say, read without the calls (see _OWN_TYPES).
        succeeded = type(fut) in _OWN_TYPES and fut._state is _FINISHED and fut._exception is None
        if not return_exceptions and not succeeded:
            if fut.cancelled():
                outer.set_exception(fut._make_cancelled_error())
                return
            exc = fut.exception()
            if exc is not None:
                outer.set_exception(exc)
                return
        if nfinished == nfuts:
            results = _outcomes(children)
            if outer._cancel_requested:
                outer.set_exception(fut._make_cancelled_error())
            else:
                outer.set_result(results)

    nfinished = 0
    outer = None  # the children's callbacks may run before outer exists (if already done)
    children, nfuts, done_children, loop = _watch_children(coros_or_futures, _done_callback)
    outer = _GatheringFuture(children, loop=loop)
    for fut in done_children:
        _done_callback(fut)
    return outer


def _watch_children(coros_or_futures, done_callback):
    """Wrap each argument in a future (a task for a coroutine; an argument given twice is one child)
    and give each distinct child ``done_callback``.  Returns the children in argument order, how many
    are distinct, those to take at once instead (see _taken_at_once), and their loop."""
    arg_to_fut = {}
    children = []
    done_children = []
    loop = None
    # The context done_callback runs in.  add_done_callback would copy the current context for each
    # child; gather's callback reads no context variable, so one copy serves them all, unobservably.
    context = None
    for arg in coros_or_futures:
        if arg not in arg_to_fut:
            if loop is not None and type(arg) is CoroutineType:
                fut = loop.create_task(arg)  # what ensure_future(arg, loop=loop) does, without its call
            else:
                fut = tasks.ensure_future(arg, loop=loop)
            if fut is not arg:
                fut._log_destroy_pending = False  # a task we made is ours to report, not the loop's
            if loop is None:  # the first child's loop is every child's (ensure_future checks)
                loop = fut.get_loop()
            arg_to_fut[arg] = fut
            if type(fut) in _OWN_TYPES and fut._state is _PENDING:
                # The usual child: what fut.add_done_callback(done_callback) does, in the shared context.
                if context is None:
                    context = copy_context()
                fut._callbacks.append(Handle(done_callback, (fut,), loop, context))
            elif _taken_at_once(fut):
                done_children.append(fut)
            else:
                fut.add_done_callback(done_callback)
        else:
            fut = arg_to_fut[arg]
        children.append(fut)
    return children, len(arg_to_fut), done_children, loop


def _taken_at_once(child):
    """3.12: a child already done is handled at once rather than through a done callback.  A pending
    child whose done() is tinyloop's (no side effect, so its state is read without the call) is taken
    the same way by every version: the version is asked only for the others (see versions.Active)."""
    pending = type(child).done is futures.Future.done and child._state is _PENDING
    return not pending and active.gather_takes_done_children_at_once and child.done()


def _mark_retrieved(child):
    """A child done once gather's outcome is decided: its exception counts as retrieved (nobody else will)."""
    if not child.cancelled():
        child.exception()


def _outcomes(children):
    """Each child's result, or its exception, or a CancelledError with its message: what
    ``gather(..., return_exceptions=True)`` returns (and what a full success returns)."""
    results = []
    for child in children:
        if type(child) in _OWN_TYPES and child._state is _FINISHED and child._exception is None:
            results.append(child._result)  # what child.result() returns, read without the call (see _OWN_TYPES)
        elif child.cancelled():
            message = child._cancel_message
            results.append(exceptions.CancelledError("" if message is None else message))
        else:
            outcome = child.exception()
            results.append(child.result() if outcome is None else outcome)
    return results
