"""Closing an async generator the program dropped unfinished: its ``aclose()``, as the modelled Python runs it.

When an unfinished async generator is garbage-collected while its loop runs, the loop's finalizer hook
schedules ``create_task(agen.aclose())``, as asyncio's does.  If that happens in ``main``'s last step (an
``async for`` left with ``break`` just before ``main`` returns), the task has not run yet when ``asyncio.run``
cancels what is left, and its first step throws ``CancelledError`` into an ``aclose()`` that has not started.
What the generator does then is the interpreter's doing (the ``async_generator_athrow`` object), and it
changed in 3.13 (the change ``aclose_thrown_into_before_start_runs_on``):

- up to 3.12 the error goes in at the generator's ``yield`` and its ``finally`` runs; if that awaits, the
  ``aclose()`` still counts as not started, so the next step starts it: ``GeneratorExit`` is thrown in at
  that ``await``, and the rest of the ``finally`` never runs ("closing connection", no "closed");
- from 3.13 the throw starts it: the ``finally`` goes on after its ``await``, and the ``CancelledError``
  ends the task cancelled ("closing connection", then "connection closed").

tinyloop runs on one interpreter and models all three.  So the task steps ``Aclose``, which passes every
step to the real ``aclose()`` except where the host's behaviour is not the modelled version's: there it
drives the generator the modelled way with what the host has.
"""

import collections.abc
import sys

from .versions import active

# The host interpreter's behaviour (sys.implementation: sys.version_info shows the program the modelled version).
HOST_RUNS_ON = sys.implementation.version >= (3, 13)
IGNORED_EXIT = "async generator ignored GeneratorExit"


class Aclose(collections.abc.Coroutine):
    """``agen.aclose()`` for the finalizer hook's task; it shows as the awaitable it stands for."""

    def __init__(self, agen):
        self._agen = agen
        self._awaitable = agen.aclose()
        self._started = False
        self._exit_pending = False   # (up to 3.12, on a newer host) the next send throws GeneratorExit in
        self._diverted = False       # (3.13, on an older host) the generator is driven through agen.athrow()

    def send(self, value):
        if self._exit_pending:
            # Up to 3.12 the aclose() was still "not started": starting it throws GeneratorExit in.
            self._exit_pending = False
            return self._awaitable.throw(GeneratorExit())
        self._started = True
        return self._step(self._awaitable.send, value)

    def throw(self, typ, val=None, tb=None):
        exc = typ if isinstance(typ, BaseException) else (typ() if val is None else val)
        if not self._started:
            self._started = True
            runs_on = active.aclose_thrown_into_before_start_runs_on
            if runs_on and not HOST_RUNS_ON:
                # agen.athrow(exc) throws in and then runs the generator on, as 3.13's aclose() does;
                # only what it ends with differs, which _step converts.
                self._awaitable = self._agen.athrow(exc)
                self._diverted = True
                return self._step(self._awaitable.send, None)
            if not runs_on and HOST_RUNS_ON:
                self._exit_pending = True
        return self._step(self._awaitable.throw, exc)

    def close(self):
        self._awaitable.close()

    def __await__(self):
        return self

    def __next__(self):
        return self.send(None)

    def _step(self, step, argument):
        if not self._diverted:
            return step(argument)
        try:
            return step(argument)
        except StopIteration:   # athrow() hands on a value the generator yielded: aclose() refuses it
            raise RuntimeError(IGNORED_EXIT) from None
        except (StopAsyncIteration, GeneratorExit):   # the generator ended: aclose() returns None
            raise StopIteration from None

    def __repr__(self):
        return f"<async_generator_athrow object at {id(self):#x}>"


# Task reprs show a coroutine without a name by its type's name: the real awaitable's.
Aclose.__name__ = Aclose.__qualname__ = "async_generator_athrow"
