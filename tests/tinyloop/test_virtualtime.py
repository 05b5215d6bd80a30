"""A program timing itself sees the same time pass on tinyloop and on fast-forwarded real asyncio."""

from quizzer.sandbox import run_code

# The program's clocks follow the loop's and add the real time the program takes, a few milliseconds, more on a
# loaded machine: whole virtual seconds, printed rounded down, show the virtual time exactly all the same.
TIMING = """\
import asyncio, time

async def ticker(log):
    for _ in range(3):
        await asyncio.sleep(1)
        log.append(round(asyncio.get_running_loop().time(), 2))

async def main():
    start = time.perf_counter()
    log = []
    t = asyncio.create_task(ticker(log))
    await asyncio.sleep(0)
    time.sleep(2)             # blocks the loop: the ticker's timer falls due meanwhile
    await t
    print(log)
    print("elapsed", int(time.perf_counter() - start))
    await asyncio.sleep(10)
    print("elapsed", int(time.perf_counter() - start), int(time.monotonic()))

asyncio.run(main())
"""


def test_blocking_sleep_and_program_clocks_agree_on_both_loops():
    expected = "[2.0, 3.0, 4.0]\nelapsed 4\nelapsed 14 14\n"
    for loop in ("tiny", "asyncio-ff"):
        result = run_code(TIMING, loop=loop, timeout=30)
        assert (loop, result.stdout) == (loop, expected)
        assert result.stats["real_time"] < 7   # the 14 s were skipped, not waited


def test_sleep_in_another_thread_really_sleeps():
    result = run_code("""\
import threading, time
start = time.perf_counter()
worker = threading.Thread(target=time.sleep, args=(0.05,))
worker.start(); worker.join()
print(time.perf_counter() - start >= 0.05)
""", loop="tiny")
    assert result.stdout == "True\n"
