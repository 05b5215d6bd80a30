"""Unix signals delivered through the loop: ``loop.add_signal_handler`` / ``remove_signal_handler``
(asyncio's ``unix_events._UnixSelectorEventLoop``).

A signal can arrive between any two bytecodes, but an asyncio callback may only run from the loop.
So asyncio splits the delivery in two, and tinyloop does the same:

1. At the signal, Python's C-level handler writes the signal's number into the *wake-up fd*
   (``signal.set_wakeup_fd``), which is the write end of the loop's self-pipe; the Python-level
   handler installed for it does nothing.
2. The loop watches the self-pipe's read end.  The iteration whose poll finds it readable runs a
   callback that reads the numbers (after the callbacks already queued); that callback queues each
   signal's handler, which therefore runs one iteration later (loop.py's ``_poll_io`` and
   ``_deliver_signals``).

A program that signals itself (``os.kill(os.getpid(), sig)``, ``signal.raise_signal(sig)``) has
the number in the pipe before the call returns, so its handler runs two iterations after the next
poll, exactly as under asyncio.

``asyncio.run``'s Ctrl-C handling is not here but in runners.py (asyncio does it with a plain
``signal.signal`` handler, not through the loop).

Simplified: the self-pipe is polled without waiting when nothing else is watched, so only signals
the program (or its threads) sends itself are seen before the virtual clock jumps; a signal from
outside while the loop is idle waits for the loop's next poll.
"""

import signal

from . import loop, tasks
from .handles import Handle


class SignalLoop(loop.BaseLoop):
    """The loop's signal methods (asyncio's ``_UnixSelectorEventLoop``'s)."""

    def add_signal_handler(self, sig, callback, *args):
        """Call ``callback(*args)`` from the loop whenever signal ``sig`` arrives."""
        if tasks.iscoroutine(callback) or tasks.iscoroutinefunction(callback):
            raise TypeError("coroutines cannot be used with add_signal_handler()")
        _check_signal(sig)
        if self._closed:
            raise RuntimeError("Event loop is closed")
        if self._self_pipe is None:
            self._make_self_pipe()
        try:
            # Raises ValueError outside the main thread, as in asyncio.
            signal.set_wakeup_fd(self._self_pipe[1].fileno())
        except (ValueError, OSError) as exc:
            raise RuntimeError(str(exc)) from None
        self._signal_handlers[sig] = Handle(callback, args, self, None)
        try:
            signal.signal(sig, _ignore_here)
            signal.siginterrupt(sig, False)  # system calls interrupted by it are restarted
        except OSError as exc:
            del self._signal_handlers[sig]
            if not self._signal_handlers:
                signal.set_wakeup_fd(-1)
            raise RuntimeError(f"sig {sig:d} cannot be caught") from exc

    def remove_signal_handler(self, sig):
        """Give ``sig`` back to Python's default handling; False if the loop did not handle it."""
        _check_signal(sig)
        if self._signal_handlers.pop(sig, None) is None:
            return False
        signal.signal(sig, signal.default_int_handler if sig == signal.SIGINT else signal.SIG_DFL)
        if not self._signal_handlers:
            try:
                signal.set_wakeup_fd(-1)
            except (ValueError, OSError):
                pass  # not the main thread: asyncio only logs this
        return True

    def close(self):
        # Before the self-pipe closes: a signal arriving later must not write into a closed fd.
        for sig in list(self._signal_handlers):
            self.remove_signal_handler(sig)
        super().close()


loop.name_methods_as_asyncio(SignalLoop, "_UnixSelectorEventLoop")


def _ignore_here(signum, frame):
    """The Python-level handler: the wake-up fd has already told the loop."""


def _check_signal(sig):
    if not isinstance(sig, int):
        raise TypeError(f"sig must be an int, not {sig!r}")
    if sig not in signal.valid_signals():
        raise ValueError(f"invalid signal number {sig}")
