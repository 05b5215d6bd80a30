"""What asyncio's own frames keep alive after a run, through the tracebacks of exceptions raised during it.

A Python frame that an exception's traceback lists outlives its call, and it keeps the frame that called it
(``f_back``).  For a frame of a plain function that holds on every version; for a coroutine's frame, from 3.12
only.  asyncio's frames below the program's are ``Handle._run``, ``_run_once``, ``run_forever`` and
``run_until_complete``, which holds the future it ran (``asyncio.run``'s main task, the gather of its clean-up):
an exception raised during a run, kept by the program, keeps that future, and what it holds (the main task's
result), alive as long as the exception's traceback.  When the future in turn keeps the exception (a main task
returning a failed task, or the errors gather collected), that is a cycle: freed by the garbage collector only,
which decides when a ``__del__`` runs or an unretrieved error is reported.

tinyloop's own frames let go of everything (so that what outlives a run does not depend on the Python tinyloop
runs on): each run_until_complete has a ``RunFrames`` per way of being kept, and the frame where a kept
exception was raised holds the right one as an extra local (a name no program reads: exceptions take no weak
references, and an attribute would show in ``vars(error)``).  When the run returns, the loop gives the
``RunFrames`` that something still refers to the future it ran (see ``BaseLoop._hold_awaited``).

Not modelled: an exception the program catches inside a coroutine or a callback and keeps; tinyloop sees only
those that leave a task's coroutine or a callback, or are set on a future (and of these, not one set on a future
by the frame that raised it, while that frame still runs: see ``hold``).
"""

import sys
from collections import namedtuple

# The extra local that stands for asyncio's frames below the frame holding it.
_HELD = " tinyloop run frames"
_CO_OPTIMIZED = 0x0001   # inspect.CO_OPTIMIZED: a function's frame, whose f_locals is a copy, not a namespace


class RunFrames:
    """Stands for run_until_complete's frame as some exceptions' frames keep it: ``future`` is what that frame
    holds once the run has returned, if any of them is still alive then."""

    __slots__ = ("future",)

    def __init__(self):
        self.future = None


# A run's stand-ins, one per way its frame is kept: by a coroutine's frame (from 3.12), by a plain callback's
# frame (every version).  The loop asks the version only about the first.
Run = namedtuple("Run", "through_coroutines through_callbacks")


def new_run():
    return Run(RunFrames(), RunFrames())


def hold(exception, frames):
    """Let the frame where ``exception`` was raised keep ``frames`` for as long as the traceback lives.

    Only a finished function's frame takes it: a module's or a class body's locals are a namespace the program
    sees, and so are those of a frame still running (a program that failed a future with an exception it had
    caught, then calls ``locals()``); such a frame would keep the run's frames once it returns, which is not
    modelled.  A frame that holds frames of an earlier run keeps those: they are the ones below it."""
    traceback = exception.__traceback__
    if traceback is None:
        return
    while traceback.tb_next is not None:
        traceback = traceback.tb_next
    frame = traceback.tb_frame
    if frame.f_code.co_flags & _CO_OPTIMIZED and not _running(frame):
        frame_locals = frame.f_locals
        if _HELD not in frame_locals:
            frame_locals[_HELD] = frames


def _running(frame):
    """Whether ``frame`` is on a thread's stack now (a coroutine suspended at an await is not)."""
    for top in sys._current_frames().values():
        while top is not None:
            if top is frame:
                return True
            top = top.f_back
    return False
