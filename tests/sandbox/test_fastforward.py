"""The asyncio-ff loop (real asyncio on a skipping clock) in this process: when it may call a wait a deadlock."""

import time

import pytest

from quizzer.sandbox.fastforward import Deadlock, FastForwardEventLoop


@pytest.fixture
def loop():
    loop = FastForwardEventLoop()
    yield loop
    loop.close()


def test_a_thread_that_wakes_the_loop_as_it_ends_is_no_deadlock(loop):
    """A thread can write its wake-up after the loop's first poll and end before the loop looks at the threads
    (asyncio.run's shut-down of the default executor does): the loop must see that wake-up, not a deadlock."""
    future = loop.create_future()
    looked = []

    def thread_ends_while_looked_at():
        if not looked:
            loop.call_soon_threadsafe(future.set_result, "woken")
        looked.append(True)
        return False

    loop.other_threads_running = thread_ends_while_looked_at
    assert loop.run_until_complete(future) == "woken"


def test_a_wait_nothing_can_end_is_a_deadlock(loop):
    # Threads other tests left in this process would keep the loop waiting for them, in real time.
    loop.other_threads_running = lambda: False
    with pytest.raises(Deadlock, match="would wait forever"):
        loop.run_until_complete(loop.create_future())



def test_while_a_job_runs_the_clock_counts_the_real_time_the_loop_spends_away_from_its_wait(loop):
    """On a busy machine the loop's thread can be kept from its wait longer than a job lasts; the job's wake-up is
    then there at the first poll. Real asyncio's clock has moved by the time that passed; so must this one's
    (the figure the bank's executor questions print, e.g. 'job 0 done at 0.1')."""
    def job():
        time.sleep(0.05)

    async def main():
        start = loop.time()
        future = loop.run_in_executor(None, job)
        away_until = time.monotonic() + 0.1
        while time.monotonic() < away_until:  # the loop's thread busy elsewhere, as if the OS had not run it
            pass
        await future
        return loop.time() - start

    assert loop.run_until_complete(main()) >= 0.1


def test_timer_handles_compare_as_asyncios_with_the_heap_key_for_the_deadline(loop):
    """A program comparing timers sees asyncio's comparisons: `<=` is `<` or `==` (two timers due together with
    different callbacks are neither), equal timers hash alike, and anything but a timer is not comparable."""
    when = loop.time() + 1
    a, b, c = loop.call_at(when, print, 1), loop.call_at(when, print, 1), loop.call_at(when, repr, 1)
    assert a == b and hash(a) == hash(b) and len({a, b}) == 1
    assert not (a <= c or a >= c or a < c or a > c or a == c)
    with pytest.raises(TypeError):
        assert a < 1
    assert a != 1
