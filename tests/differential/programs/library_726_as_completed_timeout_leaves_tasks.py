"""as_completed with a timeout: the awaitable after the deadline raises TimeoutError, but the tasks it was
waiting for are not cancelled and finish later."""
import asyncio

async def job(n):
    await asyncio.sleep(n)
    return n

async def main():
    tasks = [asyncio.create_task(job(n)) for n in (0.1, 0.5, 1.0)]
    try:
        for f in asyncio.as_completed(tasks, timeout=0.3):
            print("got", await f)
    except TimeoutError:
        print("timeout; pending:", [t.done() for t in tasks])
    await asyncio.sleep(1)
    print([t.result() for t in tasks])

asyncio.run(main())
