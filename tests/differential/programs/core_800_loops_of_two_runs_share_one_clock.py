"""Every event loop reads the same monotonic clock: a second asyncio.run() starts where the first left off,
a loop made earlier has moved on too, and time.monotonic() gives deadlines any of them understands (here a
timeout_at in the second run, whose work overruns its budget only because the clock did not restart)."""
import asyncio
import time

early_loop = asyncio.new_event_loop()
made_at = early_loop.time()


async def job(name, work, budget):
    deadline = time.monotonic() + budget
    try:
        async with asyncio.timeout_at(deadline):
            await asyncio.sleep(work)
        print(name, "finished")
    except TimeoutError:
        print(name, "timed out")
    return asyncio.get_running_loop().time()


async def report(first_end):
    loop = asyncio.get_running_loop()
    print("next run starts", round(loop.time() - first_end, 1), "s after the first ended")
    loop.call_at(first_end + 0.5, print, "a deadline on the first run's clock: already due")
    loop.call_later(0.1, print, "a deadline of this run")
    await asyncio.sleep(0.2)


first_end = asyncio.run(job("first", 1.0, 2.0))
asyncio.run(job("second", 1.5, 1.0))
time.sleep(1)
asyncio.run(report(first_end))
print("the loop made first moved on", round(early_loop.time() - made_at, 1), "s")
early_loop.run_until_complete(report(first_end))
early_loop.close()
