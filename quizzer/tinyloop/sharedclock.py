"""Loops running side by side in several threads, on one virtual time line (no asyncio counterpart:
asyncio's loops all read the same real monotonic clock).

Under asyncio, two loops in two threads share one clock: a timer at 0.3 s in one fires before a
timer at 0.4 s in the other, whatever the two threads are doing.  Each tinyloop loop has a virtual
clock of its own that jumps when the loop has nothing to do; were each to jump on its own it would
pass the other loop's earlier timers, and following the real clock instead makes the order of their
timers depend on how the machine schedules their threads: a loaded grader could print another
answer.  So the loops running at the same time keep one time line:

* **Offsets.**  A loop's clock starts at 0.0 whenever it is made; the clock's time plus the loop's
  ``offset`` is the shared time.  A loop that starts running joins the line at the latest time any
  loop reached (``join``), the loops running beside it included.
* **Waiting on the shared clock.**  A loop with nothing to do registers the shared time of its next
  timer (``wait``) and does not count as at work for the others (threads.py); a loop not registered
  is at work: no other loop may jump meanwhile, as no loop jumps while a thread of the program works.
* **Whose turn.**  Only when every other running loop waits on the shared clock (and no thread is at
  work) may a loop jump, and only the one with the earliest timer (equal deadlines: the loop that
  started running first, where a real clock would race).  The others wait for a wake-up: a loop
  that registers, or stops running, wakes them all to look again.
* **Catching up.**  A loop that waited moves its clock up to the latest shared time any loop reached
  before it runs anything (a timer of its own, or a call from another thread at that time), without
  counting those seconds again for the program's ``time`` module (the loop that jumped did).
* ``call_soon_threadsafe`` into a waiting loop takes it off the register at once (``withdraw``),
  before the calling loop can go idle, see it waiting and jump past the call.

Only loops without file descriptors and child processes of their own take part (``takes_part``): I/O
between loops and a child's output arrive in real time, so while a loop has any, it and the other
loops follow the real clock (threads.py).  Not modelled: a blocking ``time.sleep()`` in a loop's
thread moves that loop's clock at once; the other loops' timers due meanwhile fire after it, late.
"""

import itertools
import threading

from . import events

_INFINITY = float("inf")

_lock = threading.Lock()
_waiting = {}                 # loop -> the shared time of its next timer (inf: none), while it waits on the shared clock
_started = itertools.count()  # the order loops start running in: it breaks ties between equal deadlines
_reached = 0.0                # the latest shared time of the loops that stopped running


def join(loop):
    """At the start of ``loop``'s run: it takes its place on the shared time line."""
    with _lock:
        loop._shared_offset = _latest() - loop._clock.now
        loop._shared_rank = next(_started)
        loop._shared_waited = False


def leave(loop):
    """At the end of ``loop``'s run: the loops that wait for it to register look again (and one it called
    last catches up with the time it reached)."""
    global _reached
    with _lock:
        _waiting.pop(loop, None)
        _reached = max(_reached, _shared_now(loop))
    _wake_others(loop)


def takes_part(loop):
    """Whether ``loop`` keeps the shared time line (see the module docstring)."""
    return not loop._fd_watchers and not loop._children_alive


def waiting(loop):
    """Whether ``loop`` waits on the shared clock (not at work)."""
    return loop in _waiting


def withdraw(loop):
    """Something was handed to ``loop`` from another thread: it is at work from now on."""
    if loop in _waiting:
        with _lock:
            _waiting.pop(loop, None)


def busy(loop):
    """``loop``, which waited on the shared clock, has something to do: off the register, its clock caught up."""
    with _lock:
        _waiting.pop(loop, None)
        _catch_up(loop)


def wait(loop, deadline, free):
    """``loop`` has nothing to do until its timer at ``deadline`` (its own clock's time; inf: none).
    Whether it may jump now (``free``: no thread of the program is at work), its clock caught up:
    else it must wait for a wake-up."""
    shared_deadline = round(loop._shared_offset + deadline, 9)
    with _lock:
        registered = _waiting.get(loop)
        _waiting[loop] = shared_deadline
        loop._shared_waited = True
        others = [other for other in events.running_loops() if other is not loop]
        turn = (free and shared_deadline != _INFINITY
                and all(other in _waiting and takes_part(other) for other in others)
                and all((shared_deadline, loop._shared_rank) < (_waiting[other], other._shared_rank)
                        for other in others))
        if turn:
            del _waiting[loop]
            _catch_up(loop)
    if registered != shared_deadline and not turn:
        _wake_others(loop)
    return turn


def _catch_up(loop):
    """(Under _lock.)  Move ``loop``'s clock up to the latest shared time a loop reached."""
    loop._clock.follow(round(_latest() - loop._shared_offset, 9))
    loop._shared_waited = False


def _latest():
    """(Under _lock.)  The latest shared time a loop reached, running or not."""
    return max(_reached, *(_shared_now(running) for running in events.running_loops()))


def _shared_now(loop):
    return loop._shared_offset + loop._clock.now


def _wake_others(loop):
    for other in events.running_loops():
        if other is not loop:
            other._wake_up()
