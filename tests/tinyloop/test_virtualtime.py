"""A program timing itself sees the same time pass on tinyloop and on fast-forwarded real asyncio."""

from quizzer.sandbox import run_code

TIMING = """\
import asyncio, time

async def ticker(log):
    for _ in range(3):
        await asyncio.sleep(0.1)
        log.append(round(asyncio.get_running_loop().time(), 2))

async def main():
    start = time.perf_counter()
    log = []
    t = asyncio.create_task(ticker(log))
    await asyncio.sleep(0)
    time.sleep(0.25)          # blocks the loop: the ticker's timer falls due meanwhile
    await t
    print(log)
    print("elapsed", round(time.perf_counter() - start, 1))
    await asyncio.sleep(1)
    print("elapsed", round(time.perf_counter() - start, 1), round(time.monotonic(), 1))

asyncio.run(main())
"""


def test_blocking_sleep_and_program_clocks_agree_on_both_loops():
    expected = "[0.25, 0.35, 0.45]\nelapsed 0.5\nelapsed 1.5 1.5\n"
    for loop in ("tiny", "asyncio-ff"):
        result = run_code(TIMING, loop=loop)
        assert (loop, result.stdout) == (loop, expected)
        assert result.stats["real_time"] < 1.0   # the 1.5 s were skipped, not waited


def test_sleep_in_another_thread_really_sleeps():
    result = run_code("""\
import threading, time
start = time.perf_counter()
worker = threading.Thread(target=time.sleep, args=(0.05,))
worker.start(); worker.join()
print(time.perf_counter() - start >= 0.05)
""", loop="tiny")
    assert result.stdout == "True\n"
