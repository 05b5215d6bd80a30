"""``TaskGroup`` (asyncio's ``taskgroups`` module, same algorithm, with what 3.12 and 3.13 changed).

``async with asyncio.TaskGroup() as tg:`` + ``tg.create_task(...)``: leaving the block waits for
every task of the group.  The first task to fail makes the group *abort*: the other tasks are
cancelled, and so is the parent task (which is usually waiting in ``__aexit__``); the errors are
then raised together as ``ExceptionGroup("unhandled errors in a TaskGroup", [...])`` (the
``(N sub-exception(s))`` suffix comes from ExceptionGroup itself).

What changed between versions (see versions.py): 3.12 does not track a task that is done when
created (an eager task); 3.13 names tasks without spending a Task-N number, closes the coroutine
of a task it refuses, and takes back its own cancellation of the parent only after the remaining
tasks are done, re-cancelling the parent when it was also cancelled from outside so that
cancellation is not lost.

Difference: asyncio keeps the group's tasks in a ``set``, so the order in which an abort cancels
them depends on memory addresses; tinyloop cancels them in creation order.
"""

from . import events, exceptions, futures, tasks
from .versions import active


class TaskGroup:
    """Run tasks together; fail together."""

    __module__ = "asyncio.taskgroups"

    def __init__(self):
        self._entered = False
        self._exiting = False
        self._aborting = False
        self._loop = None
        self._parent_task = None
        self._parent_cancel_requested = False
        self._tasks = {}  # an ordered set of the group's unfinished tasks
        self._errors = []
        self._base_error = None
        self._on_completed_fut = None

    def __repr__(self):
        info = [""]
        if self._tasks:
            info.append(f"tasks={len(self._tasks)}")
        if self._errors:
            info.append(f"errors={len(self._errors)}")
        if self._aborting:
            info.append("cancelling")
        elif self._entered:
            info.append("entered")
        return f"<TaskGroup{' '.join(info)}>"

    async def __aenter__(self):
        if self._entered:
            raise RuntimeError(f"TaskGroup {self!r} has already been entered")
        if self._loop is None:
            self._loop = events.get_running_loop()
        self._parent_task = tasks.current_task(self._loop)
        if self._parent_task is None:
            raise RuntimeError(f"TaskGroup {self!r} cannot determine the parent task")
        self._entered = True
        return self

    async def __aexit__(self, et, exc, tb):
        self._exiting = True
        if exc is not None and self._is_base_error(exc) and self._base_error is None:
            self._base_error = exc
        cancelled = exceptions._is_cancellation(et, "taskgroup_recancels_parent")
        propagate_cancellation_error = exc if cancelled else None
        # We cancelled the parent ourselves (a child failed): take that request back.  Up to 3.12
        # at once; 3.13 waits for the remaining tasks first (below), so that a cancellation that
        # arrives meanwhile is counted against ours (versions.taskgroup_recancels_parent).  The version
        # is asked only where the two can differ: without a request of ours (the flag only ever turns
        # on) neither takes anything back, and with no task left to wait for and no base error to
        # raise first, 3.13 too takes it back before anything else happens.
        taken_back_at_once = self._parent_cancel_requested and (
            not self._tasks and self._base_error is None or not active.taskgroup_recancels_parent)
        if taken_back_at_once:
            propagate_cancellation_error = self._take_back_parent_cancel(propagate_cancellation_error)
        if et is not None and not self._aborting:
            self._abort()
        # Wait for the remaining tasks; a cancellation of the parent meanwhile aborts the group.
        while self._tasks:
            if self._on_completed_fut is None:
                self._on_completed_fut = self._loop.create_future()
                self._on_completed_fut._label = (
                    f"TaskGroup({', '.join(task.get_name() for task in self._tasks)})")
            try:
                await self._on_completed_fut
            except exceptions.CancelledError as ex:
                if not self._aborting:
                    propagate_cancellation_error = ex
                    self._abort()
            self._on_completed_fut = None
        if self._base_error is not None:
            raise self._base_error
        if self._parent_cancel_requested and not taken_back_at_once and active.taskgroup_recancels_parent:
            propagate_cancellation_error = self._take_back_parent_cancel(propagate_cancellation_error)
        if propagate_cancellation_error is not None and not self._errors:
            raise propagate_cancellation_error
        if et is not None and not cancelled:
            self._errors.append(exc)
        if self._errors:
            if self._cancelled_from_outside():
                # Cancelled from outside too: the ExceptionGroup wins, but the cancellation is
                # renewed, so the parent's next await raises it (the count stays the same).
                self._parent_task.uncancel()
                self._parent_task.cancel()
            try:
                # Held in a local, as asyncio holds it: the group's traceback keeps this frame, the frame
                # the group, a cycle that keeps the failed children's frames until a garbage collection.
                group = BaseExceptionGroup("unhandled errors in a TaskGroup", self._errors)
                raise group from None
            finally:
                self._errors = None  # asyncio breaks the other cycle, through self

    def _take_back_parent_cancel(self, propagate_cancellation_error):
        """Undo our own cancel() of the parent: with no cancellation left on the parent, there is
        none to propagate."""
        if self._parent_task.uncancel() == 0:
            return None
        return propagate_cancellation_error

    def _cancelled_from_outside(self):
        """Whether 3.13 re-cancels the parent before raising the ExceptionGroup."""
        return _asked_after(self._parent_task, "cancelling", tasks.Task, "taskgroup_recancels_parent")

    def create_task(self, coro, *, name=None, context=None):
        refusal = self._refusal()
        if refusal is not None:
            if active.taskgroup_closes_refused_coroutine:
                coro.close()  # 3.13: no "coroutine was never awaited" warning later
            raise RuntimeError(refusal)
        options = {} if context is None else {"context": context}
        task = tasks._create_named_task(self._loop, coro, name, options)
        if _asked_after(task, "done", futures.Future, "eager_tasks"):
            # 3.12: a task that finished in its eager first step is handled at once, never tracked.
            self._on_task_done(task)
        else:
            self._tasks[task] = None
            task.add_done_callback(self._on_task_done)
        return task

    def _refusal(self):
        """Why create_task() refuses a new task now, or None."""
        if not self._entered:
            return f"TaskGroup {self!r} has not been entered"
        if self._exiting and not self._tasks:
            return f"TaskGroup {self!r} is finished"
        if self._aborting:
            return f"TaskGroup {self!r} is shutting down"
        return None

    def _is_base_error(self, exc):
        return isinstance(exc, (SystemExit, KeyboardInterrupt))

    def _abort(self):
        self._aborting = True
        for task in self._tasks:
            if not task.done():
                task.cancel()

    def _on_task_done(self, task):
        self._tasks.pop(task, None)
        if self._on_completed_fut is not None and not self._tasks:
            if not self._on_completed_fut.done():
                self._on_completed_fut.set_result(True)
        if task.cancelled():
            return
        exc = task.exception()
        if exc is None:
            return
        self._errors.append(exc)
        if self._is_base_error(exc) and self._base_error is None:
            self._base_error = exc
        if self._parent_task.done():
            self._loop.call_exception_handler({
                "message": f"Task {task!r} has errored out but its parent "
                           f"task {self._parent_task} is already completed",
                "exception": exc,
                "task": task,
            })
            return
        if not self._aborting and not self._parent_cancel_requested:
            # The first failure: cancel the siblings and wake the parent with a cancellation.
            self._abort()
            self._parent_cancel_requested = True
            self._parent_task.cancel()


def _asked_after(thing, method, base, change):
    """``thing.method()`` and the modelled version's ``change``, for a test that only the versions with
    ``change`` make (calling ``method``): ``base``'s own ``method`` is a plain read, so it is called first
    and the version asked only if it says yes (see versions.Active); another (a subclass's, or what a task
    factory returned) may do anything, so the version is asked first, and ``method`` called only where
    asyncio calls it."""
    if getattr(type(thing), method, None) is getattr(base, method):
        return getattr(thing, method)() and getattr(active, change)
    return getattr(active, change) and getattr(thing, method)()
