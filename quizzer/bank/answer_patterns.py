"""A short question's `pattern`, checked and matched within bounds: banks are shared, and a pattern is the
bank author's code.

Grading accepts an answer the pattern matches in full, in any case (`full_match`). Python's `re` backtracks:
a pattern such as `(a+)+b`, tried on a long run of `a`s, takes longer than anyone would wait, and `re` has no
time limit of its own. Its matcher does look for signals as it goes, so a timer on the CPU time this process
spends (ITIMER_VIRTUAL, which neither the wall clock nor a timed session's own alarm, ITIMER_REAL, shares)
stops a match after `CPU_LIMIT` seconds: `PatternTooSlow`. A timer's signal reaches only the main thread, where
every command matches; elsewhere (another thread, or a system without interval timers) the match runs unbounded.

`problem_with` says what is wrong with a pattern as written: not a regular expression, or groups nested so
deeply that `re`'s parser runs out of stack (a RecursionError, not an `re.error`).
"""

from __future__ import annotations

import re
import signal
import threading

# Seconds of CPU time one match may take. A pattern written to match answers takes microseconds; one that
# backtracks catastrophically takes seconds to years. Half a second a match keeps a class's grading going.
CPU_LIMIT = 0.5


class PatternTooSlow(Exception):
    """Matching took more than `CPU_LIMIT` seconds of CPU time."""


class _Stop(Exception):
    pass


def problem_with(pattern: str) -> str | None:
    """Why `pattern` cannot be used, or None."""
    try:
        re.compile(pattern)
    except re.error as error:
        return f"is not a valid regular expression: {error}"
    except RecursionError:
        return "nests its groups too deeply for Python's regular expressions"
    return None


def full_match(pattern: str, text: str) -> bool:
    """Whether `pattern` matches all of `text`, in any case; `PatternTooSlow` when it takes too long to tell."""
    if not hasattr(signal, "setitimer") or threading.current_thread() is not threading.main_thread():
        return re.fullmatch(pattern, text, re.IGNORECASE) is not None
    previous = signal.signal(signal.SIGVTALRM, _stop)
    try:
        signal.setitimer(signal.ITIMER_VIRTUAL, CPU_LIMIT)
        try:
            return re.fullmatch(pattern, text, re.IGNORECASE) is not None
        finally:
            signal.setitimer(signal.ITIMER_VIRTUAL, 0)
    except _Stop:
        raise PatternTooSlow(f"it took more than {CPU_LIMIT:g} s of CPU time to match (it backtracks: "
                             "a repetition inside a repetition, such as (a+)+, is the usual cause)") from None
    finally:
        # A signal that came after the timer stopped finds this handler gone: Python then ignores it.
        signal.signal(signal.SIGVTALRM, previous)


def _stop(signum, frame):
    raise _Stop
