"""A ``time`` module for programs that agrees with a virtual clock (no asyncio counterpart).

Under real asyncio, ``await asyncio.sleep(1)`` takes a second of ``time.perf_counter()``, and
``time.sleep(0.5)`` inside a coroutine blocks the whole loop while its clock moves on (so timers
that fell due meanwhile fire together afterwards). A loop with a virtual clock skips its waits, so a
program timing itself with the real ``time`` module would see no time pass, and a blocking
``time.sleep`` would cost real time without moving the loop's clock.

``use_virtual_time_in_time_module(on_blocking_sleep)`` installs, as ``sys.modules["time"]``, a
copy of ``time`` whose ``time()``, ``monotonic()``, ``perf_counter()``, ``clock_gettime()`` (and
``_ns`` variants) add the seconds the loop skipped so far (``skip()``) to the real clocks, and
whose ``sleep()`` first offers the sleep to ``on_thread_sleep(seconds)``, if given (tinyloop's, in
threads.py, blocks the loop of the calling thread or waits for a timer of a loop running in
another thread); when that is None or returns False, in the thread that installed the module it
does not sleep: it calls ``on_blocking_sleep(seconds)`` (the running loop's clock moves on,
nothing else runs) and counts the seconds as skipped; in any other thread it really sleeps.
``monotonic()`` starts near 0.0, like
``loop.time()``: under asyncio they are the same clock. Code that imported ``time`` earlier
(the sandbox timing the run) keeps the real module.

``datetime.datetime.now()`` (and ``today()``, ``utcnow()``, ``date.today()``) must follow too: a
program measuring ``datetime.now() - start`` around ``await asyncio.sleep(1)`` prints one second
under asyncio, but the C ``datetime`` reads the system clock itself.  So ``import datetime`` gets a
copy of the module whose ``datetime`` and ``date`` are thin stand-ins: their clock methods add the
skipped seconds, and everything else (construction included) is delegated to the real classes,
so every object a program sees is a real ``datetime``, with its reprs and error messages.
"""

import _thread
import importlib.util
import sys

# Seconds of waiting the loop skipped plus seconds time.sleep() pretended to block.
_skipped_seconds = 0.0
# Whether a program's time module follows the skipped seconds (use_virtual_time_in_time_module was called).
_installed = False
# The skipped seconds when the program now running started (see start_time_line).
_origin = 0.0


def skip(seconds):
    """The loop jumped its clock by ``seconds`` instead of waiting: the program's clocks follow."""
    global _skipped_seconds
    _skipped_seconds += seconds


def timeline():
    """Where a new or idle loop's clock stands: the virtual seconds the program's clocks moved so far.

    Under asyncio every loop reads the one monotonic clock: a second ``asyncio.run()`` after a first
    that slept a second starts a second later, and ``time.monotonic()`` is ``loop.time()`` in every
    run.  So a loop's virtual clock starts here, and catches up while it is not running (a blocking
    ``time.sleep()`` between two runs).  Without the virtual time module (tinyloop used in-process)
    nothing follows the loops, and each loop's clock starts at 0.0.
    """
    return _skipped_seconds - _origin if _installed else 0.0


def start_time_line():
    """A new program starts in this process (the grading harness runs each case of a question as one): the
    loops it makes start at 0.0 again, as in a process of its own."""
    global _origin
    _origin = _skipped_seconds


def use_virtual_time_in_time_module(on_blocking_sleep, on_thread_sleep=None):
    global _installed
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

    # time.clock_gettime(clock): CLOCK_MONOTONIC and CLOCK_REALTIME are the clocks of monotonic() and time()
    # (on Linux, so loop.time() too); the others that measure time passing move by the skipped seconds; the
    # CPU-time clocks do not.
    same_clock = {getattr(real_time, name): clock for name, clock in (("CLOCK_MONOTONIC", "monotonic"),
                                                                       ("CLOCK_REALTIME", "time"))
                  if hasattr(real_time, name)}
    cpu_clocks = {getattr(real_time, name) for name in ("CLOCK_PROCESS_CPUTIME_ID", "CLOCK_THREAD_CPUTIME_ID")
                  if hasattr(real_time, name)}

    def clock_gettime(clock):
        if clock in same_clock:
            return getattr(virtual_time, same_clock[clock])()
        seconds = real_time.clock_gettime(clock)
        return seconds if clock in cpu_clocks else seconds + _skipped_seconds

    def clock_gettime_ns(clock):
        if clock in same_clock:
            return getattr(virtual_time, f"{same_clock[clock]}_ns")()
        nanoseconds = real_time.clock_gettime_ns(clock)
        return nanoseconds if clock in cpu_clocks else nanoseconds + int(_skipped_seconds * 1e9)

    if hasattr(real_time, "clock_gettime"):
        virtual_time.clock_gettime, virtual_time.clock_gettime_ns = clock_gettime, clock_gettime_ns

    loop_thread = _thread.get_ident()

    def sleep(seconds):
        """time.sleep(): the loop is blocked, so its clock moves on; nothing else runs meanwhile.

        In another thread (``to_thread``) it blocks only that thread (see on_thread_sleep above).
        """
        if seconds < 0:
            raise ValueError("sleep length must be non-negative")
        if on_thread_sleep is not None and on_thread_sleep(seconds):
            return
        if _thread.get_ident() != loop_thread:
            real_time.sleep(seconds)
            return
        on_blocking_sleep(seconds)
        skip(seconds)

    virtual_time.sleep = sleep
    sys.modules["time"] = virtual_time
    _installed = True
    _use_virtual_datetime()


def _use_virtual_datetime():
    if _VirtualDatetimeFinder not in sys.meta_path:
        sys.meta_path.insert(0, _VirtualDatetimeFinder)
    # Imported before us (not by the program): the next `import datetime` goes through the finder.
    sys.modules.pop("datetime", None)


class _VirtualDatetimeFinder:
    """``import datetime`` gives ``_virtual_datetime_module()`` (see the module docstring)."""

    @staticmethod
    def find_spec(name, path=None, target=None):
        if name != "datetime":
            return None
        return importlib.util.spec_from_loader(name, _VirtualDatetimeFinder)

    @staticmethod
    def create_module(spec):
        return _virtual_datetime_module()

    @staticmethod
    def exec_module(module):
        pass


def _virtual_datetime_module():
    import types
    real = _real_datetime_module()
    module = types.ModuleType("datetime", real.__doc__)
    module.__dict__.update((name, value) for name, value in vars(real).items()
                           if not name.startswith("__"))

    class _StandIn(type):
        # isinstance(real_object, datetime.datetime) and issubclass checks see the real class.
        def __instancecheck__(cls, obj):
            return isinstance(obj, cls._real)

        def __subclasscheck__(cls, sub):
            return issubclass(getattr(sub, "_real", sub), cls._real)

    def later(moment):
        return moment + real.timedelta(seconds=_skipped_seconds)

    class date(real.date, metaclass=_StandIn):
        _real = real.date

        def __new__(cls, *args, **kwargs):  # a real date, not an instance of this stand-in
            if cls is date:
                return real.date(*args, **kwargs)
            return real.date.__new__(cls, *args, **kwargs)  # a program's subclass

        @classmethod
        def today(cls):
            return later(real.datetime.now()).date()

    class datetime(real.datetime, metaclass=_StandIn):
        _real = real.datetime

        def __new__(cls, *args, **kwargs):
            if cls is datetime:
                return real.datetime(*args, **kwargs)
            return real.datetime.__new__(cls, *args, **kwargs)

        @classmethod
        def now(cls, tz=None):
            return later(real.datetime.now(tz))

        @classmethod
        def utcnow(cls):
            return later(real.datetime.utcnow())

        @classmethod
        def today(cls):
            return later(real.datetime.today())

    import copyreg
    for stand_in in (date, datetime):
        stand_in.__module__ = "datetime"
        stand_in.__qualname__ = stand_in.__name__
        # pickle finds a real object's class as datetime.<name>, which is now the stand-in: give
        # it a reducer that names the class instead.
        copyreg.pickle(stand_in._real, _reduce_date)
    module.date, module.datetime = date, datetime
    return module


def _reduce_date(value):
    """A pickle reducer for real dates and datetimes (see _virtual_datetime_module)."""
    return _rebuild_date, (type(value).__name__, value.__reduce__()[1])


def _rebuild_date(kind, state):
    return getattr(sys.modules["datetime"], kind)(*state)


def _real_datetime_module():
    """The C datetime, imported without our finder."""
    sys.meta_path.remove(_VirtualDatetimeFinder)
    try:
        import datetime
    finally:
        sys.meta_path.insert(0, _VirtualDatetimeFinder)
    sys.modules.pop("datetime", None)  # the program's import puts our copy there
    return datetime


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
