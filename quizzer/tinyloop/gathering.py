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

from . import events, exceptions, futures, tasks
from .versions import active


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
        return f"gather({', '.join(child._describe() for child in self._children)})"


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
        if outer is None or outer._state is not futures._PENDING:  # outer is ours: done() without a call
            _mark_retrieved(fut)
            return
        if not return_exceptions:
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

    arg_to_fut = {}
    children = []
    done_children = []
    nfuts = nfinished = 0
    loop = None
    outer = None  # the children's callbacks may run before outer exists (if already done)
    for arg in coros_or_futures:
        if arg not in arg_to_fut:
            fut = tasks.ensure_future(arg, loop=loop)
            if fut is not arg:
                fut._log_destroy_pending = False  # a task we made is ours to report, not the loop's
            if loop is None:  # the first child's loop is every child's (ensure_future checks)
                loop = fut.get_loop()
            nfuts += 1
            arg_to_fut[arg] = fut
            # A pending child of tinyloop's own (whose done() has no side effect, so its state is read
            # without the call) is taken the same way by every version: the version is asked only for
            # the others (see versions.Active).
            pending = type(fut).done is futures.Future.done and fut._state is futures._PENDING
            if not pending and active.gather_takes_done_children_at_once and fut.done():
                done_children.append(fut)
            else:
                fut.add_done_callback(_done_callback)
        else:
            fut = arg_to_fut[arg]
        children.append(fut)
    outer = _GatheringFuture(children, loop=loop)
    for fut in done_children:
        _done_callback(fut)
    return outer


def _mark_retrieved(child):
    """A child done once gather's outcome is decided: its exception counts as retrieved (nobody else will)."""
    if not child.cancelled():
        child.exception()


def _outcomes(children):
    """Each child's result, or its exception, or a CancelledError with its message: what
    ``gather(..., return_exceptions=True)`` returns (and what a full success returns)."""
    results = []
    for child in children:
        if child.cancelled():
            message = child._cancel_message
            results.append(exceptions.CancelledError("" if message is None else message))
        else:
            outcome = child.exception()
            results.append(child.result() if outcome is None else outcome)
    return results
