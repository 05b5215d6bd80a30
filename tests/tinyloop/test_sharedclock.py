"""Loops side by side in several threads keep one virtual time line (sharedclock.py): the order of their
timers is the order of their deadlines, however the machine schedules their threads."""

from . import run_program

TICKERS = """
    import asyncio
    import threading

    stall = threading.Lock()
    stall.acquire()  # never released: acquire(timeout=...) waits out its timeout


    async def ticker(name, start, stall_after=None):
        await asyncio.sleep(start)
        for i in range(3):
            print(f"{name} tick {i}")
            if i == stall_after:
                stall.acquire(timeout=0.5)  # keeps this loop's thread from running, as a loaded machine may
            await asyncio.sleep(0.2)


    threads = [threading.Thread(target=asyncio.run, args=(ticker("A", 0.1),)),
               threading.Thread(target=asyncio.run, args=(ticker("B", 0.2, stall_after=0),))]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
"""


def test_a_loop_kept_from_running_does_not_let_the_other_loop_run_ahead():
    # B's thread is held half a real second after its first tick, a call the model does not see (no virtual
    # time passes): A's ticks at 0.3 and 0.5 must still wait for B's at 0.4, as on one clock. On the real clock
    # A ran ahead: A tick 2 came before B tick 1, the answer a loaded machine could give to any such program.
    result = run_program(TICKERS, "tiny")
    assert result.stdout == "A tick 0\nB tick 0\nA tick 1\nB tick 1\nA tick 2\nB tick 2\n", result.stderr


def test_a_loop_woken_by_another_loop_reads_the_time_that_loop_reached():
    # B waits for a timer at 1.0 when A, at 0.5, hands it a callback: under asyncio both loops read one
    # clock, so B's callback runs at 0.5 too (not at B's last reading, 0.0, nor at its next timer).
    result = run_program("""
        import asyncio
        import threading


        async def b_main():
            global b_loop, b_start
            b_loop, b_start = asyncio.get_running_loop(), asyncio.get_running_loop().time()
            await asyncio.sleep(1)
            print("B's timer at", round(b_loop.time() - b_start, 1))


        def called_in_b():
            print("B called at", round(b_loop.time() - b_start, 1))


        async def a_main():
            start = asyncio.get_running_loop().time()
            await asyncio.sleep(0.5)
            print("A calls at", round(asyncio.get_running_loop().time() - start, 1))
            b_loop.call_soon_threadsafe(called_in_b)


        # B is started first: its thread holds the clock until its loop has run b_main's first step.
        b = threading.Thread(target=asyncio.run, args=(b_main(),))
        b.start()
        a = threading.Thread(target=asyncio.run, args=(a_main(),))
        a.start()
        a.join()
        b.join()
    """, "tiny")
    assert result.stdout == "A calls at 0.5\nB called at 0.5\nB's timer at 1.0\n", result.stderr
