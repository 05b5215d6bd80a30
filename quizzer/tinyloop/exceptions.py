"""The exceptions of ``asyncio.exceptions``, plus tinyloop's own two.

asyncio's exception classes live in ``asyncio.exceptions``; a program that dies with one prints
``asyncio.exceptions.CancelledError`` as the last line of its traceback.  Ours set ``__module__`` to
the same string so that the last line is identical on both loops.

``asyncio.TimeoutError`` *is* the builtin ``TimeoutError`` since Python 3.11, so we re-export it.

tinyloop adds two exceptions that stop a program:

* ``Deadlock``: nothing can ever happen again but the program is still waiting;
* ``Unsupported``: the program used an asyncio API outside tinyloop's subset.

They subclass ``KeyboardInterrupt``, the one exception that code catching everything still lets
through: a program's ``except Exception`` cannot swallow them, and ``unittest`` re-raises a
``KeyboardInterrupt`` from a test instead of recording it as the test's error (which would let the
run go on as if the test had merely failed).  A program that catches them anyway (``except
KeyboardInterrupt``, a bare ``except``) still stopped there: the first one raised is kept in
``first_stop`` for the sandbox to report.
"""

from .versions import active

TimeoutError = TimeoutError  # the builtin, exactly as in asyncio 3.11


class CancelledError(BaseException):
    """The Future or Task was cancelled."""

    __module__ = "asyncio.exceptions"


def _is_cancellation(exc_type, change):
    """Whether a block that ended with ``exc_type`` (a class, or None) was cancelled, as ``asyncio.timeout()``
    and ``TaskGroup`` see it: CancelledError itself, and from the release of ``change`` (3.13) any subclass
    of it too.  The versions differ on a strict subclass only, so only then is ``change`` asked about (see
    versions.Active)."""
    if exc_type is CancelledError:
        return True
    if exc_type is None or isinstance(exc_type, type) and not issubclass(exc_type, CancelledError):
        return False
    # (Not a class at all, from a program calling __aexit__ itself: 3.13's issubclass() raises TypeError.)
    return getattr(active, change) and issubclass(exc_type, CancelledError)


class InvalidStateError(Exception):
    """The operation is not allowed in this state."""

    __module__ = "asyncio.exceptions"


class SendfileNotAvailableError(RuntimeError):
    """Sendfile syscall is not available."""

    __module__ = "asyncio.exceptions"


class BrokenBarrierError(RuntimeError):
    """A Barrier was aborted (or reset) while tasks waited on it."""

    __module__ = "asyncio.exceptions"


class IncompleteReadError(EOFError):
    """Incomplete read error: the stream ended before the expected number of bytes arrived."""

    __module__ = "asyncio.exceptions"

    def __init__(self, partial, expected):
        shown = "undefined" if expected is None else repr(expected)
        super().__init__(f"{len(partial)} bytes read on a total of {shown} expected bytes")
        self.partial = partial
        self.expected = expected

    def __reduce__(self):
        return type(self), (self.partial, self.expected)


class LimitOverrunError(Exception):
    """Reached the buffer limit while looking for a separator."""

    __module__ = "asyncio.exceptions"

    def __init__(self, message, consumed):
        super().__init__(message)
        self.consumed = consumed

    def __reduce__(self):
        return type(self), (self.args[0], self.consumed)


# The first Deadlock or Unsupported of this process, even if the program caught it (see the docstring).
first_stop = None


class _ProgramStop(KeyboardInterrupt):
    """What Deadlock and Unsupported share: raising one stops the program (see the module docstring)."""

    def __init__(self, message):
        super().__init__(message)
        global first_stop
        if first_stop is None:
            first_stop = self


class Deadlock(_ProgramStop):
    """Raised out of the loop when no callback is ready, no timer is pending and no file descriptor
    is watched, yet the program still waits: with real asyncio it would hang forever.

    ``str()`` is a multi-line report, one line per pending task and what it waits on; ``tasks``
    holds the pending tasks themselves.
    """

    def __init__(self, report, tasks=()):
        super().__init__(report)
        self.tasks = list(tasks)


class Unsupported(_ProgramStop):
    """Raised when a program touches an asyncio API that tinyloop does not model."""

    def __init__(self, api):
        super().__init__(
            f"{api} is not supported by quizzer's reference loop (tinyloop); run it with --loop asyncio")
        self.api = api


# Exceptions that must not be captured into a Task's result: like asyncio, the loop lets
# KeyboardInterrupt and SystemExit escape at once, and tinyloop's own two do the same.
ESCAPING = (KeyboardInterrupt, SystemExit, Deadlock, Unsupported)
