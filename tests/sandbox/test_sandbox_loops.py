"""The loops a program can run on: tinyloop's deadlock and unsupported reports, tracing and statistics, and real
asyncio on a fast-forwarding virtual clock."""

import textwrap

import pytest

from quizzer.sandbox import EXIT_CODES, run_code

SLEEPERS = """
    import asyncio

    async def sleeper(seconds):
        await asyncio.sleep(seconds)
        print("woke after", seconds, "at", asyncio.get_running_loop().time())

    async def main():
        await asyncio.gather(sleeper(10), sleeper(3), sleeper(5))

    asyncio.run(main())
"""

WAITS_FOREVER = """
    import asyncio

    async def main():
        print("waiting", flush=True)
        await asyncio.Event().wait()

    asyncio.run(main())
"""


def run(code, **options):
    return run_code(textwrap.dedent(code), **options)


@pytest.mark.parametrize("loop", ["tiny", "asyncio-ff"])
def test_sleeps_take_virtual_time_only(loop):
    result = run(SLEEPERS, loop=loop, timeout=30)
    assert result.outcome == "ok"
    assert result.stdout == "woke after 3 at 3.0\nwoke after 5 at 5.0\nwoke after 10 at 10.0\n"
    assert result.stats["virtual_time"] == 10.0
    assert result.stats["real_time"] < 5  # the 10 s were skipped, not waited (room for a loaded machine)


@pytest.mark.parametrize("loop", ["tiny", "asyncio-ff"])
def test_waiting_forever_is_a_deadlock(loop):
    result = run(WAITS_FOREVER, loop=loop)
    assert result.outcome == "deadlock"
    assert result.exit_code == EXIT_CODES["deadlock"]
    assert result.stdout == "waiting\n"
    assert result.reason.startswith("deadlock: ")
    assert result.stderr.startswith(result.reason + "\n")
    assert "main" in result.stderr  # the report names the waiting task


def test_real_asyncio_waiting_forever_hits_the_timeout():
    assert run(WAITS_FOREVER, loop="asyncio", timeout=0.5).outcome == "timeout"


def test_unsupported_api_on_tinyloop_gives_its_one_line_reason():
    result = run("""
        import asyncio

        async def main():
            await asyncio.get_running_loop().start_tls(None, None, None)

        asyncio.run(main())
    """, loop="tiny")
    assert result.outcome == "unsupported"
    assert result.exit_code == EXIT_CODES["unsupported"]
    assert result.reason == ("unsupported: loop.start_tls is not supported by quizzer's reference loop "
                             "(tinyloop); run it with --loop asyncio")
    assert result.stderr == result.reason + "\n"


def test_real_asyncio_modules_tinyloop_lacks_are_unsupported_though_the_worker_imported_them():
    """The worker imported real asyncio (for its other loop): `from asyncio.X import Y` finds its modules in
    sys.modules, and handed the program real asyncio's code ("no running event loop") and classes (a real
    Protocol, no subclass of tinyloop's BaseProtocol)."""
    for module, name in (("staggered", "staggered_race"), ("protocols", "Protocol"), ("transports", "Transport"),
                         ("base_futures", "isfuture")):
        result = run(f"from asyncio.{module} import {name}\nprint('imported')\n", loop="tiny")
        assert result.outcome == "unsupported", (module, result.stdout, result.stderr)
        assert result.reason == (f"unsupported: asyncio.{module}.{name} is not supported by quizzer's reference "
                                 "loop (tinyloop); run it with --loop asyncio")
    kept = run("from asyncio.log import logger\nfrom asyncio.constants import DEBUG_STACK_DEPTH\n"
               "print(logger.name, DEBUG_STACK_DEPTH)\n", loop="tiny")
    assert (kept.outcome, kept.stdout) == ("ok", "asyncio 10\n")


SUBPROCESS_PROGRAM = """
    import asyncio

    async def main():
        proc = await asyncio.create_subprocess_exec("echo", "hi", stdout=asyncio.subprocess.PIPE)
        print((await proc.communicate())[0], proc.returncode)

    asyncio.run(main())
"""


def test_subprocesses_run_in_the_jail_on_both_loops(jailed):
    for loop in ("tiny", "asyncio"):
        result = run(SUBPROCESS_PROGRAM, loop=loop)
        assert (result.outcome, result.stdout) == ("ok", "b'hi\\n' 0\n"), (loop, result.stderr)


def test_subprocesses_outside_the_jail_are_unsupported_on_tinyloop_and_refused_on_asyncio(unjailed):
    tiny = run(SUBPROCESS_PROGRAM, loop="tiny")
    assert tiny.outcome == "unsupported"
    assert tiny.reason == ("unsupported: asyncio.create_subprocess_exec (subprocesses run only in the sandbox's jail) "
                           "is not supported by quizzer's reference loop (tinyloop); run it with --loop asyncio")
    assert tiny.stderr == tiny.reason + "\n"
    real = run(SUBPROCESS_PROGRAM, loop="asyncio")
    assert (real.outcome, real.reason) == ("refused", "refused: process creation (subprocess.Popen) is not allowed "
                                                      "in the sandbox")


def test_fast_forward_waits_for_threads_in_real_time():
    result = run("""
        import asyncio, time

        async def main():
            await asyncio.to_thread(time.sleep, 1)
            # The clock follows the real wait, which starts just after the thread does (on a loaded machine the
            # loop may get to its wait a good part of a second later: the thread's sleep is not all waited).
            print(asyncio.get_running_loop().time() > 0.5)

        asyncio.run(main())
    """, loop="asyncio-ff")
    assert result.stdout == "True\n"


def test_fast_forward_timeout_fires_at_its_virtual_deadline():
    result = run("""
        import asyncio

        async def main():
            try:
                async with asyncio.timeout(2):
                    await asyncio.sleep(3600)
            except TimeoutError:
                print("timed out at", asyncio.get_running_loop().time())

        asyncio.run(main())
    """, loop="asyncio-ff")
    assert result.stdout == "timed out at 2.0\n"


def test_stats_on_tinyloop_count_tasks_and_steps():
    stats = run(SLEEPERS, loop="tiny", stats=True).stats
    assert stats["tasks"] >= 4  # main and the three sleepers, at least
    assert stats["steps"] > 0
    assert stats["real_time"] >= 0


def test_trace_returns_events_with_virtual_times():
    result = run(SLEEPERS, loop="tiny", trace=True)
    assert result.trace
    assert all("t" in event for event in result.trace)
    assert max(event["t"] for event in result.trace) == 10.0


def test_trace_is_only_for_tinyloop():
    with pytest.raises(ValueError, match="tracing needs the reference loop"):
        run_code("pass", loop="asyncio", trace=True)


def test_tinyloop_exceptions_print_like_asyncio():
    code = """
        import asyncio

        async def main():
            task = asyncio.create_task(asyncio.sleep(1))
            await asyncio.sleep(0)
            task.cancel()
            await task

        asyncio.run(main())
    """
    tiny, real = run(code, loop="tiny"), run(code, loop="asyncio-ff")
    assert tiny.exit_code == real.exit_code == 1
    assert tiny.stderr.splitlines()[-1] == real.stderr.splitlines()[-1] == "asyncio.exceptions.CancelledError"


def test_fast_forward_fires_equal_delays_in_the_order_they_were_set():
    """On a real clock each sleep is set a little later than the one before; the oracle must agree."""
    result = run("""
        import asyncio

        async def s(name):
            await asyncio.sleep(0.05)
            print(name)

        async def main():
            asyncio.get_running_loop().call_later(0.01, print, "x")
            await asyncio.gather(*(s(n) for n in "abcdefgh"))

        asyncio.run(main())
    """, loop="asyncio-ff")
    assert result.stdout.split() == list("xabcdefgh")


def test_fast_forward_deadlock_runs_no_clean_up_of_the_program():
    """Real asyncio would still be waiting: a finally block of a pending task must not print."""
    result = run("""
        import asyncio

        async def w():
            try:
                print("waiting")
                await asyncio.Event().wait()
            finally:
                print("cleanup")

        async def main():
            await asyncio.create_task(w())

        asyncio.run(main())
    """, loop="asyncio-ff")
    assert (result.outcome, result.stdout) == ("deadlock", "waiting\n")


def test_a_program_that_forks_in_the_jail_prints_twice_and_reports_once(jailed):
    """As with `python FILE`, both copies run the rest of the program; only the sandbox's own process reports."""
    result = run("""
        import os
        pid = os.fork()
        print("child" if pid == 0 else "parent", flush=True)
        if pid:
            os.waitpid(pid, 0)
    """, loop="asyncio")
    assert (result.outcome, result.finished) == ("ok", True)
    assert sorted(result.stdout.splitlines()) == ["child", "parent"]
