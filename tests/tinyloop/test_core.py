"""tinyloop's core: handles, futures, tasks, the loop, asyncio.run.

Differential tests run a program on real asyncio and on tinyloop (each in a fresh interpreter, so
that task numbering starts at Task-1 on both) and compare what they print.  Unit tests drive
tinyloop directly and assert on event logs.
"""

import socket
import textwrap
import time
import types

import pytest

import quizzer.tinyloop as tinyloop
from quizzer.sandbox import run_code
from quizzer.tinyloop import Deadlock, Unsupported
from quizzer.tinyloop import loop as loop_module

from . import assert_same_output, run_program, run_tiny_in_process


def run(coro_fn):
    """Run ``coro_fn()`` with tinyloop's asyncio.run; return its result."""
    return tinyloop.run(coro_fn())


# ---------------------------------------------------------------------- differential: ordering

def test_callbacks_scheduled_during_an_iteration_wait_for_the_next_one():
    assert_same_output("""
        import asyncio
        def cb(name, depth):
            print(name, depth)
            if depth < 2:
                asyncio.get_running_loop().call_soon(cb, name, depth + 1)
        async def main():
            loop = asyncio.get_running_loop()
            loop.call_soon(cb, "a", 0)
            loop.call_soon(cb, "b", 0)
            f = loop.create_future()
            f.add_done_callback(lambda f: print("done callback", f.result()))
            f.set_result(1)
            print("set_result returned")
            await asyncio.sleep(0)
            print("main after one yield")
            await asyncio.sleep(0.01)
        asyncio.run(main())
    """)


def test_task_steps_interleave_one_per_iteration():
    assert_same_output("""
        import asyncio
        async def hop(name, n):
            for i in range(n):
                print(name, i)
                await asyncio.sleep(0)
            return name
        async def main():
            a = asyncio.create_task(hop("a", 3))
            b = asyncio.create_task(hop("b", 2))
            print("tasks created")
            f = asyncio.get_running_loop().create_future()
            f.set_result("ready")
            print(await f, "(a done future does not yield)")
            print(await asyncio.gather(a, b, hop("c", 1)))
            print(await asyncio.sleep(0, result="sleep result"))
        asyncio.run(main())
    """)


def test_timers_fire_in_deadline_order_and_fifo_for_equal_deadlines():
    assert_same_output("""
        import asyncio
        async def sleeper(name, delay):
            await asyncio.sleep(delay)
            print(name)
        async def main():
            loop = asyncio.get_running_loop()
            loop.call_later(0.02, print, "timer 0.02")
            loop.call_later(0.01, print, "timer 0.01 first")
            loop.call_later(0.01, print, "timer 0.01 second")
            await asyncio.gather(sleeper("s3", 0.03), sleeper("s1", 0.01), sleeper("s2", 0.02))
        asyncio.run(main())
    """)


def test_timers_sharing_one_call_at_deadline_fire_in_asyncios_heap_order():
    assert_same_output("""
        import asyncio
        async def main():
            loop = asyncio.get_running_loop()
            when = loop.time() + 0.01
            out = []
            for i in range(8):
                loop.call_at(when, out.append, i)
            loop.call_later(0.005, out.append, "earlier")
            await asyncio.sleep(0.02)
            print(out)   # not FIFO: asyncio's heap compares deadlines only
        asyncio.run(main())
    """)


def test_cancellation_is_delivered_at_the_next_step_and_can_be_refused():
    assert_same_output("""
        import asyncio
        async def stubborn():
            try:
                await asyncio.sleep(1)
            except asyncio.CancelledError as e:
                print("stubborn caught", e.args)
                await asyncio.sleep(0)
                return "refused"
        async def obedient():
            try:
                await asyncio.sleep(1)
            finally:
                print("obedient cleans up")
        async def main():
            s = asyncio.create_task(stubborn())
            o = asyncio.create_task(obedient())
            await asyncio.sleep(0)
            print(s.cancel("please"), o.cancel(), s.cancelling(), s.cancelled())
            print(await s, s.cancelled(), s.cancelling(), s.uncancel(), s.cancelling())
            try:
                await o
            except asyncio.CancelledError:
                print("o cancelled:", o.cancelled())
            t = asyncio.create_task(asyncio.sleep(0))
            t.cancel()
            await asyncio.sleep(0)
            print("cancel before first step:", t.cancelled())
            print(t.cancel(), "cancel of a done task")
        asyncio.run(main())
    """)


def test_task_names_count_like_asyncio_across_runs():
    assert_same_output("""
        import asyncio
        async def name():
            return asyncio.current_task().get_name()
        async def main():
            a = asyncio.create_task(name(), name="named")       # still takes a number
            b = asyncio.get_running_loop().create_task(name(), name="loop-named")  # does not
            c = asyncio.create_task(name())
            print(await a, await b, await c, await asyncio.ensure_future(name()))
            print(await asyncio.gather(name(), name()))
        asyncio.run(main())
        asyncio.run(main())
    """)


def test_main_returning_cancels_the_other_tasks():
    assert_same_output("""
        import asyncio
        async def worker():
            try:
                while True:
                    await asyncio.sleep(0.01)
            finally:
                print("worker finally")
        async def hopper():
            for i in range(5):
                print("hop", i)
                await asyncio.sleep(0)
        async def main():
            asyncio.create_task(worker())
            asyncio.create_task(hopper())
            await asyncio.sleep(0)
            print("main returns")
        asyncio.run(main())
        print("after run")
    """)


def test_async_generators_are_finalized_like_asyncio():
    assert_same_output("""
        import asyncio
        async def numbers():
            try:
                for i in range(10):
                    yield i
            finally:
                print("numbers finally")
        async def main():
            async for x in numbers():
                if x == 1:
                    break
            print("after break")
            kept = numbers()
            print(await kept.__anext__())
            await asyncio.sleep(0)
            print("main done")
        asyncio.run(main())
    """)


def test_contextvars_tasks_run_in_a_copy_of_the_creators_context():
    assert_same_output("""
        import asyncio, contextvars
        var = contextvars.ContextVar("var", default="unset")
        async def child():
            print("child sees", var.get())
            var.set("child")
        async def main():
            var.set("main")
            await asyncio.create_task(child())
            print("main still", var.get())
            asyncio.get_running_loop().call_soon(lambda: print("callback sees", var.get()))
            await asyncio.sleep(0)
        asyncio.run(main())
        print("outside", var.get())
    """)


def test_errors_exit_codes_and_exception_types_match():
    tiny = assert_same_output("""
        import asyncio
        async def main():
            f = asyncio.get_running_loop().create_future()
            for method in (f.result, f.exception):
                try:
                    method()
                except asyncio.InvalidStateError as e:
                    print(type(e), e)
            f.set_result(1)
            try:
                f.set_result(2)
            except asyncio.InvalidStateError as e:
                print(repr(e))
            print(asyncio.TimeoutError is TimeoutError)
            try:
                asyncio.run(main())
            except RuntimeError as e:
                print(e)
            t = asyncio.create_task(asyncio.sleep(1))
            await asyncio.sleep(0)
            t.cancel()
            await t
        try:
            asyncio.run(42)
        except ValueError as e:
            print(e)
        asyncio.run(main())
    """)
    assert tiny.stderr.rstrip().endswith("asyncio.exceptions.CancelledError")


def test_keyboard_interrupt_and_system_exit_escape_the_loop():
    assert_same_output("""
        import asyncio, sys
        async def bystander():
            try:
                await asyncio.sleep(1)
            finally:
                print("bystander finally")
        async def interrupt():
            asyncio.create_task(bystander())
            await asyncio.sleep(0)
            raise KeyboardInterrupt
        try:
            asyncio.run(interrupt())
        except KeyboardInterrupt:
            print("KeyboardInterrupt reached the caller")
        async def leave():
            asyncio.create_task(bystander())
            await asyncio.sleep(0)
            sys.exit(3)
        asyncio.run(leave())
    """)


def test_unretrieved_task_exception_is_reported_on_stderr():
    tiny = assert_same_output("""
        import asyncio
        async def fail():
            raise ValueError("nobody looks at me")
        async def main():
            asyncio.create_task(fail())
            await asyncio.sleep(0.01)
            print("main done")
        asyncio.run(main())
    """)
    assert "Task exception was never retrieved" in tiny.stderr
    assert "ValueError: nobody looks at me" in tiny.stderr


def test_get_event_loop_outside_a_coroutine_follows_311():
    assert_same_output("""
        import asyncio
        loop = asyncio.get_event_loop()
        print(loop is asyncio.get_event_loop(), loop.is_running(), loop.is_closed())
        async def main():
            return asyncio.get_event_loop() is asyncio.get_running_loop()
        print(loop.run_until_complete(main()))
        loop.close()
        asyncio.run(main())
        try:
            asyncio.get_event_loop()
        except RuntimeError as e:
            print(e)
        try:
            asyncio.get_running_loop()
        except RuntimeError as e:
            print(e)
    """)


def test_run_forever_and_stop():
    assert_same_output("""
        import asyncio
        loop = asyncio.new_event_loop()
        def tick(n):
            print("tick", n)
            if n == 2:
                loop.stop()
                loop.call_soon(print, "runs in the next run_forever")
            else:
                loop.call_soon(tick, n + 1)
        loop.call_soon(tick, 0)
        loop.run_forever()
        print("stopped", loop.is_running())
        loop.call_soon(loop.stop)
        loop.run_forever()
        loop.close()
        print(loop.is_closed())
        try:
            loop.call_soon(print)
        except RuntimeError as e:
            print(e)
    """)


def test_the_time_module_follows_the_virtual_clock():
    assert_same_output("""
        import asyncio, time
        async def a():
            await asyncio.sleep(0.01)
            print("A woke")
            await asyncio.sleep(0)
            print("A after sleep(0)")
        async def b():
            await asyncio.sleep(0.03)
            print("B woke")
        async def main():
            loop = asyncio.get_running_loop()
            # time.monotonic() is the loop's clock plus the real time the program took to get here (a loaded
            # machine may add seconds); the system's own would be hours since boot.
            print(isinstance(loop, asyncio.AbstractEventLoop), abs(loop.time() - time.monotonic()) < 10)
            started = time.perf_counter()
            await asyncio.sleep(1)
            await asyncio.sleep(1)
            # The two virtual seconds plus the real time of two loop iterations, rounded down: exactly 2.
            print(f"sequential: {int(time.perf_counter() - started)}")
            tasks = [asyncio.create_task(a()), asyncio.create_task(b())]
            await asyncio.sleep(0)
            time.sleep(0.06)  # blocks the loop: both timers are due when it resumes
            await asyncio.gather(*tasks)
        asyncio.run(main())
    """)


# ---------------------------------------------------------------------- unit: the loop itself

def test_awaiting_a_done_future_does_not_yield():
    log = []

    async def other():
        log.append("other runs")

    async def main():
        loop = tinyloop.get_running_loop()
        tinyloop.create_task(other())
        done = loop.create_future()
        done.set_result("value")
        log.append(await done)
        log.append("still before other")
        await tinyloop.sleep(0)
        log.append("after one yield")

    run(main)
    assert log == ["value", "still before other", "other runs", "after one yield"]


def test_sleep_zero_is_exactly_one_iteration():
    log = []

    async def counter():
        for i in range(3):
            log.append(f"counter {i}")
            await tinyloop.sleep(0)

    async def main():
        tinyloop.create_task(counter())
        await tinyloop.sleep(0)
        log.append("main after sleep(0)")
        await tinyloop.sleep(0)
        log.append("main after 2nd sleep(0)")

    run(main)
    # main ends in the 3rd iteration; the loop stops in the 4th, where counter still runs once.
    assert log == ["counter 0", "main after sleep(0)", "counter 1", "main after 2nd sleep(0)",
                   "counter 2"]


def test_equal_deadlines_fire_in_scheduling_order_even_with_float_drift():
    log = []

    async def main():
        loop = tinyloop.get_running_loop()
        loop.call_later(0.8, log.append, "scheduled first for 0.8")
        await tinyloop.sleep(0.7)
        loop.call_later(0.1, log.append, "0.7 + 0.1")  # 0.7999999999999999 without rounding
        await tinyloop.sleep(0.2)

    run(main)
    assert log == ["scheduled first for 0.8", "0.7 + 0.1"]


def test_a_timer_set_after_a_wake_up_is_later_than_an_equal_nominal_one():
    """sleep(0.01) twice ends after sleep(0.02): a real loop wakes up a little late each time,
    so the second sleep's deadline is a little later.  But an idle real loop sleeps in epoll with
    a timeout rounded up to whole milliseconds, so the wake-up for sleep(0.02) is late enough to
    find the second sleep(0.01) due too: both fire in the same iteration, the later one second,
    before anything the first one's wake-up schedules (what asyncio prints 9 times out of 10)."""
    log = []

    async def once():
        await tinyloop.sleep(0.02)
        log.append("once")
        tinyloop.get_running_loop().call_soon(log.append, "callback from once")

    async def twice():
        await tinyloop.sleep(0.01)
        await tinyloop.sleep(0.01)
        log.append(("twice", tinyloop.get_running_loop().time()))

    async def main():
        await tinyloop.gather(twice(), once())

    run(main)
    assert log == ["once", ("twice", 0.02), "callback from once"]


def test_a_timer_from_a_longer_chain_of_wake_ups_fires_in_a_later_iteration():
    """Five sleep(0.01) end after sleep(0.05), in a later iteration, when the loop last woke up for
    an unrelated timer (0.045): the real wake-up at 0.05 is then only one wake-up late, the fifth
    sleep's deadline five (what asyncio prints 10 times out of 10)."""
    log = []

    async def stepper():
        for _ in range(5):
            await tinyloop.sleep(0.01)
        log.append("stepper")

    async def sleeper():
        await tinyloop.sleep(0.05)
        log.append("sleeper")
        tinyloop.get_running_loop().call_soon(log.append, "callback from sleeper")

    async def reminder():
        await tinyloop.sleep(0.045)
        log.append("reminder")

    async def main():
        await tinyloop.gather(stepper(), sleeper(), reminder())

    run(main)
    assert log == ["reminder", "sleeper", "callback from sleeper", "stepper"]


@pytest.mark.parametrize(("interval", "total", "ticks"), [(0.2, 3, 15), (1, 3, 3), (0.05, 0.15, 4)])
def test_a_chain_of_wake_ups_more_than_a_millisecond_late_misses_a_single_timer(interval, total, ticks):
    """A ticker sleeping ``interval`` beside main's one sleep(``total``): each wake-up of the chain is
    late (0.1% of the wait, plus the wake-up and the work before the next sleep), so after fifteen
    0.2 s or two 1 s wake-ups the ticker's timer is milliseconds behind main's, and main's wake-up
    ends the program before the last tick (real asyncio: 15 and 3 ticks, 8 runs of 8).  Three
    0.05 s wake-ups stay within the millisecond epoll's rounding makes up: the tick comes in main's
    iteration, after it."""
    log = []

    async def ticker():
        while True:
            log.append("tick")
            await tinyloop.sleep(interval)

    async def main():
        tinyloop.create_task(ticker())
        await tinyloop.sleep(total)
        log.append("main done")

    run(main)
    assert log.count("tick") == ticks
    assert log.index("main done") == round(total / interval)


def test_virtual_clock_jumps_to_the_next_timer():
    async def main():
        loop = tinyloop.get_running_loop()
        start = loop.time()
        await tinyloop.sleep(3600)
        await tinyloop.sleep(0.5)
        return start, loop.time()

    started = time.perf_counter()
    start, end = run(main)
    assert (start, end) == (0.0, 3600.5)
    assert time.perf_counter() - started < 5  # generous: the point is that no hour passed


def test_cancelled_timers_never_run_and_the_heap_is_cleaned():
    log = []

    async def main():
        loop = tinyloop.get_running_loop()
        handles = [loop.call_later(1 + i, log.append, i) for i in range(300)]
        for handle in handles[1:]:
            handle.cancel()
        await tinyloop.sleep(0)
        await tinyloop.sleep(0)
        left = len(loop._timers)
        await tinyloop.sleep(2)
        return left

    left = run(main)
    assert log == [0]
    assert left < 300


def test_handles_repr_and_cancel():
    loop = tinyloop.new_event_loop()
    handle = loop.call_soon(print, 1)
    timer = loop.call_later(2, print)
    try:
        tinyloop.versions.model("3.12")
        assert repr(handle) == "<Handle print(1)>"
        tinyloop.versions.model("3.13")  # the arguments only in debug mode: they may hold secrets
        assert repr(handle) == "<Handle print()>"
        loop.set_debug(True)
        assert repr(handle) == "<Handle print(1)>"
    finally:
        tinyloop.versions.model(None)
    assert repr(timer) == "<TimerHandle when=2.0 print()>"
    timer.cancel()  # in debug mode: the repr keeps the callback, for the slow-callback warning
    assert timer.cancelled() and repr(timer) == "<TimerHandle cancelled when=2.0 print()>"
    loop.set_debug(False)
    other = loop.call_later(3, print)
    other.cancel()
    assert repr(other) == "<TimerHandle cancelled when=3.0>"
    loop.close()


def test_add_and_remove_reader_return_bools_and_fire_on_readiness():
    log = []
    left, right = socket.socketpair()
    left.setblocking(False)
    try:
        async def main():
            loop = tinyloop.get_running_loop()
            ready = loop.create_future()
            loop.add_reader(left, lambda: ready.done() or ready.set_result(left.recv(10)))
            loop.call_later(5, right.send, b"ping")
            log.append(await ready)
            log.append(loop.time())
            log.append(loop.remove_reader(left.fileno()))
            log.append(loop.remove_reader(left.fileno()))
            log.append(loop.remove_writer(left.fileno()))

        run(main)
    finally:
        left.close()
        right.close()
    assert log == [b"ping", 5.0, True, False, False]


# ---------------------------------------------------------------------- deadlocks

def deadlock_report(source):
    with pytest.raises(Deadlock) as caught:
        run_tiny_in_process(source)
    return str(caught.value)


def test_deadlock_on_an_event_nobody_sets():
    report = deadlock_report("""
        import asyncio
        async def worker(event):
            await event.wait()
        async def main():
            event = asyncio.Event()
            await asyncio.create_task(worker(event), name="worker")
        asyncio.run(main())
    """)
    lines = report.splitlines()
    assert lines[0].startswith("deadlock:")
    assert lines[1].endswith("(main) waiting on worker")
    assert lines[2] == "  worker (worker) waiting on Event.wait()"


def test_deadlock_on_queue_join_without_task_done():
    report = deadlock_report("""
        import asyncio
        async def consumer(q):
            while True:
                await q.get()          # forgets q.task_done()
        async def main():
            q = asyncio.Queue()
            asyncio.create_task(consumer(q))
            await q.put("job")
            await q.join()
        asyncio.run(main())
    """)
    assert "(main) waiting on Queue.join()" in report
    assert "(consumer) waiting on Queue.get()" in report


def test_deadlock_on_a_lock_taken_twice():
    report = deadlock_report("""
        import asyncio
        async def main():
            lock = asyncio.Lock()
            async with lock:
                async with lock:
                    pass
        asyncio.run(main())
    """)
    assert "(main) waiting on Lock.acquire()" in report


def test_deadlock_on_a_plain_future_and_in_run_forever():
    loop = tinyloop.new_event_loop()
    with pytest.raises(Deadlock, match="run_until_complete\\(\\) waiting on a Future"):
        loop.run_until_complete(loop.create_future())
    with pytest.raises(Deadlock, match="loop.stop"):
        loop.run_forever()
    loop.close()


def test_deadlock_escapes_except_exception():
    report = deadlock_report("""
        import asyncio
        async def main():
            try:
                await asyncio.get_running_loop().create_future()
            except Exception:
                print("must not be reached")
        asyncio.run(main())
    """)
    assert "(main) waiting on a Future" in report


# ---------------------------------------------------------------------- unsupported APIs

def test_unsupported_apis_raise_a_one_line_message():
    with pytest.raises(Unsupported) as caught:
        tinyloop.sslproto  # noqa: B018 - looking the name up is what raises
    assert str(caught.value) == ("asyncio.sslproto is not supported by quizzer's reference loop "
                                 "(tinyloop); run it with --loop asyncio")
    loop = tinyloop.new_event_loop()
    with pytest.raises(Unsupported, match="^loop.start_tls is not supported"):
        loop.start_tls  # noqa: B018 - looking the name up is what raises
    with pytest.raises(AttributeError):
        loop.no_such_method  # noqa: B018 - looking the name up is what raises
    loop.close()
    with pytest.raises(AttributeError, match="module 'asyncio' has no attribute 'no_such_name'"):
        tinyloop.no_such_name  # noqa: B018 - looking the name up is what raises


def test_subprocesses_are_unsupported_unless_the_host_allows_them():
    """Only the sandbox's jail confines a child: install(subprocesses=True) is its to say (off by default)."""
    async def start(how):
        if how == "exec":
            await tinyloop.create_subprocess_exec("true")
        elif how == "shell":
            await tinyloop.create_subprocess_shell("true")
        else:
            await tinyloop.get_running_loop().subprocess_exec(tinyloop.SubprocessProtocol, "true")

    for how, api in (("exec", "asyncio.create_subprocess_exec"), ("shell", "asyncio.create_subprocess_shell"),
                     ("loop", "loop.subprocess_exec")):
        with pytest.raises(Unsupported) as caught:
            tinyloop.run(start(how))
        assert str(caught.value) == (f"{api} (subprocesses run only in the sandbox's jail) is not supported by "
                                     "quizzer's reference loop (tinyloop); run it with --loop asyncio")


def test_child_watchers_are_unsupported_unless_the_host_allows_subprocesses():
    """A child watcher only exists to reap subprocesses: outside the jail, using one is refused as they are."""
    refused = (
        ("asyncio.get_child_watcher", tinyloop.get_child_watcher),
        ("asyncio.get_child_watcher", tinyloop.get_event_loop_policy().get_child_watcher),
        ("asyncio.set_child_watcher", lambda: tinyloop.set_child_watcher(None)),
        ("asyncio.ThreadedChildWatcher", tinyloop.ThreadedChildWatcher),
        ("asyncio.PidfdChildWatcher", tinyloop.PidfdChildWatcher),
        ("asyncio.SafeChildWatcher", tinyloop.SafeChildWatcher),
        ("asyncio.FastChildWatcher", tinyloop.FastChildWatcher),
        ("asyncio.MultiLoopChildWatcher", tinyloop.MultiLoopChildWatcher),
        ("asyncio.AbstractChildWatcher", lambda: type("Mine", (tinyloop.AbstractChildWatcher,), {})),
    )
    for api, use in refused:
        with pytest.raises(Unsupported) as caught:
            use()
        assert str(caught.value) == (f"{api} (subprocesses run only in the sandbox's jail) is not supported by "
                                     "quizzer's reference loop (tinyloop); run it with --loop asyncio")


# The real asyncio, imported before any test can put tinyloop in its place.
REAL_ASYNCIO = __import__("asyncio")


def test_the_lists_of_asyncio_names_are_the_running_pythons():
    # tinyloop models the running interpreter's asyncio by default: 3.11's names, and those added since.
    added = {name for name, change in tinyloop._NAMES_SINCE.items() if getattr(tinyloop.versions.active, change)}
    assert tinyloop.ASYNCIO_NAMES | added == {name for name in dir(REAL_ASYNCIO)
                                              if not name.startswith("_")} - {"sys"}  # asyncio's stray import
    loop = REAL_ASYNCIO.new_event_loop()
    try:
        assert loop_module.ASYNCIO_LOOP_METHODS == {name for name in dir(loop) if not name.startswith("_")}
    finally:
        loop.close()


def test_star_import_gives_the_running_pythons_names_that_tinyloop_has():
    star = set(tinyloop._star_names())
    assert star <= set(REAL_ASYNCIO.__all__)
    for name in {name for name in REAL_ASYNCIO.__all__ if not name.startswith("_")} - star:
        with pytest.raises(Unsupported):
            getattr(tinyloop, name)


def test_every_asyncio_name_is_there_or_unsupported():
    lacking, loop = [], tinyloop.new_event_loop()
    for owner, prefix, names in ((tinyloop, "asyncio", tinyloop.ASYNCIO_NAMES),
                                 (loop, "loop", loop_module.ASYNCIO_LOOP_METHODS)):
        for name in sorted(names):
            try:
                getattr(owner, name)
            except Unsupported as unsupported:
                assert unsupported.api == f"{prefix}.{name}"
                lacking.append(unsupported.api)
    loop.close()
    assert ({"asyncio.sslproto", "asyncio.to_thread", "asyncio.set_event_loop_policy", "loop.sock_recv"}
            & set(lacking) == {"asyncio.sslproto"})
    assert "asyncio.staggered" in lacking and "loop.start_tls" in lacking
    assert "asyncio.create_subprocess_exec" not in lacking and "loop.subprocess_exec" not in lacking
    assert "asyncio.StreamReaderProtocol" not in lacking


def test_every_name_of_asyncios_modules_is_there_or_unsupported():
    # `from asyncio.tasks import gather` finds it although tinyloop's gather lives in gathering.py; an internal
    # such as asyncio.tasks._PyTask is refused, never an AttributeError real asyncio would not raise.
    for name, module in tinyloop._SUBMODULES.items():
        real = getattr(REAL_ASYNCIO, name)
        for attribute in dir(real):
            if attribute.startswith("__") or isinstance(getattr(real, attribute), types.ModuleType):
                continue
            try:
                getattr(module, attribute)
            except Unsupported as unsupported:
                assert unsupported.api == f"asyncio.{name}.{attribute}"
    assert tinyloop.tasks.gather is tinyloop.gather and tinyloop.events.TimerHandle is tinyloop.TimerHandle
    with pytest.raises(AttributeError):
        _ = tinyloop.tasks.no_such_name


def test_dir_of_the_package_is_asyncios_and_misspelt_names_can_be_suggested():
    # dir(asyncio) is where Python finds the "Did you mean: 'sleep'?" of a misspelt asyncio.sleeep.
    assert set(dir(tinyloop)) == set(dir(REAL_ASYNCIO)) - {"__warningregistry__"}
    with pytest.raises(AttributeError) as caught:
        _ = tinyloop.sleeep
    assert (caught.value.name, caught.value.obj) == ("sleeep", tinyloop)


def test_unsupported_inside_a_program_stops_it():
    result = run_program("""
        import asyncio
        async def main():
            try:
                await asyncio.create_subprocess_exec("true")
            except Exception:
                print("swallowed")
        asyncio.run(main())
    """, "tiny")
    assert result.stdout == ""
    assert result.returncode == 1
    assert ("Unsupported: asyncio.create_subprocess_exec (subprocesses run only in the sandbox's jail) is not supported"
            in result.stderr)


def test_unsupported_inside_unittest_stops_the_program_not_just_the_test():
    # unittest records an exception from a test as that test's error and goes on, except KeyboardInterrupt.
    result = run_code(textwrap.dedent("""
        import asyncio, sys, unittest
        class T(unittest.IsolatedAsyncioTestCase):
            async def test_a(self):
                print("test_a runs")
                await asyncio.get_running_loop().start_tls(None, None, None)
            async def test_b(self):
                print("test_b runs")
        sys.argv[1:] = []
        unittest.main()
    """), loop="tiny")
    assert (result.outcome, result.stdout) == ("unsupported", "test_a runs\n")
    assert result.reason.startswith("unsupported: loop.start_tls is not supported")


def test_a_stop_the_program_catches_is_reported_all_the_same():
    result = run_code(textwrap.dedent("""
        import asyncio
        async def main():
            await asyncio.get_running_loop().create_future()
        try:
            asyncio.run(main())
        except KeyboardInterrupt:
            print("caught")
    """), loop="tiny")
    assert result.outcome == "deadlock"
    assert result.reason.startswith("deadlock: no callback is ready")


def test_exception_classes_print_like_asyncios():
    assert tinyloop.CancelledError.__module__ == "asyncio.exceptions"
    assert tinyloop.InvalidStateError.__module__ == "asyncio.exceptions"
    assert tinyloop.QueueEmpty.__module__ == "asyncio.queues"
    assert tinyloop.TimeoutError is TimeoutError
    assert issubclass(tinyloop.CancelledError, BaseException)
    assert not issubclass(tinyloop.CancelledError, Exception)


# ---------------------------------------------------------------------- determinism

def test_same_program_same_output_fifty_times():
    source = """
        import asyncio, random
        async def worker(name, q, lock):
            while True:
                item = await q.get()
                async with lock:
                    print(name, item, asyncio.get_running_loop().time())
                    await asyncio.sleep(item / 100)
                q.task_done()
        async def main():
            q, lock = asyncio.Queue(), asyncio.Lock()
            workers = [asyncio.create_task(worker(n, q, lock)) for n in "abc"]
            for item in [3, 1, 2, 5, 4, 1, 1]:
                q.put_nowait(item)
            await q.join()
            for w in workers:
                w.cancel()
            await asyncio.gather(*workers, return_exceptions=True)
        asyncio.run(main())
    """
    outputs = {run_tiny_in_process(source) for _ in range(50)}
    assert len(outputs) == 1


# ---------------------------------------------------------------------- pointers into the source

def test_the_interview_report_points_at_functions_that_exist():
    import ast
    from pathlib import Path

    from quizzer.session.interview import DEFAULT_POINTERS, SOURCE_POINTERS

    root = Path(tinyloop.__file__).resolve().parent.parent.parent
    for path, qualname in [p for pointers in SOURCE_POINTERS.values() for p in pointers] + list(DEFAULT_POINTERS):
        tree = ast.parse((root / path).read_text(encoding="utf-8"))
        *owners, name = qualname.split(".")
        for owner in owners:
            tree = next(node for node in tree.body if isinstance(node, ast.ClassDef) and node.name == owner)
        assert any(isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)) and node.name == name
                   for node in tree.body), f"{path}: {qualname}"


def test_the_core_loops_state_lives_in_its_slots():
    # BaseLoop lists the attributes its __init__ sets in __slots__ (loop.py says why); one left out
    # would still work, from the instance's __dict__, slowly.
    loop = loop_module.BaseLoop()
    try:
        assert vars(loop) == {}
        loop.attribute_of_a_program = 1  # what asyncio's loops allow
        assert vars(loop) == {"attribute_of_a_program": 1}
    finally:
        loop.close()
