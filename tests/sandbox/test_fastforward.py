"""The asyncio-ff loop (real asyncio on a skipping clock) in this process: when it may call a wait a deadlock."""

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

