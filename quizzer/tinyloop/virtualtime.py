"""A ``time`` module for programs that agrees with a virtual clock (no asyncio counterpart).

Under real asyncio, ``await asyncio.sleep(1)`` takes a second of ``time.perf_counter()``, and
``time.sleep(0.5)`` inside a coroutine blocks the whole loop while its clock moves on (so timers
that fell due meanwhile fire together afterwards). A loop with a virtual clock skips its waits, so a
program timing itself with the real ``time`` module would see no time pass, and a blocking
``time.sleep`` would cost real time without moving the loop's clock.

``use_virtual_time_in_time_module(on_blocking_sleep)`` installs, as ``sys.modules["time"]``, a
copy of ``time`` whose ``time()``, ``monotonic()``, ``perf_counter()`` (and ``_ns`` variants) add
the seconds the loop skipped so far (``skip()``) to the real clocks, and whose ``sleep()`` does
not sleep: it calls ``on_blocking_sleep(seconds)`` (the running loop's clock moves on, nothing
else runs) and counts the seconds as skipped; in any other thread than the loop's it really sleeps. ``monotonic()`` starts near 0.0, like
``loop.time()``: under asyncio they are the same clock. Code that imported ``time`` earlier
(the sandbox timing the run) keeps the real module.
"""

import _thread
import sys

# Seconds of waiting the loop skipped plus seconds time.sleep() pretended to block.
_skipped_seconds = 0.0


def skip(seconds):
    """The loop jumped its clock by ``seconds`` instead of waiting: the program's clocks follow."""
    global _skipped_seconds
    _skipped_seconds += seconds


def use_virtual_time_in_time_module(on_blocking_sleep):
    import time as real_time
    import types

    virtual_time = types.ModuleType("time", real_time.__doc__)
    virtual_time.__dict__.update(
        (name, value) for name, value in vars(real_time).items() if not name.startswith("__"))
    real_monotonic = real_time.monotonic
    started = real_monotonic()

    def elapsed():  # real seconds since this call, plus the virtual seconds skipped
        return real_monotonic() - started + _skipped_seconds

    for name, start in (("time", real_time.time()), ("perf_counter", real_time.perf_counter()),
                        ("monotonic", 0.0)):
        setattr(virtual_time, name, _clock(name, start, elapsed))
        setattr(virtual_time, f"{name}_ns", _clock_ns(f"{name}_ns", start, elapsed))

    loop_thread = _thread.get_ident()

    def sleep(seconds):
        """time.sleep(): the loop is blocked, so its clock moves on; nothing else runs meanwhile.

        In another thread (``to_thread`` on real asyncio) it blocks only that thread: a real sleep.
        """
        if _thread.get_ident() != loop_thread:
            return real_time.sleep(seconds)
        if seconds < 0:
            raise ValueError("sleep length must be non-negative")
        on_blocking_sleep(seconds)
        skip(seconds)

    virtual_time.sleep = sleep
    sys.modules["time"] = virtual_time


def _clock(name, start, elapsed):
    def clock():
        return start + elapsed()
    clock.__name__ = name
    return clock


def _clock_ns(name, start, elapsed):
    def clock_ns():
        return int((start + elapsed()) * 1e9)
    clock_ns.__name__ = name
    return clock_ns
