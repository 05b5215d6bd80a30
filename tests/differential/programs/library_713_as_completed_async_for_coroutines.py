"""as_completed: plain iteration gives awaitables in completion order; from 3.13 `async for` gives the
tasks themselves, including tasks made for bare coroutines."""
import asyncio
import sys

async def job(n):
    await asyncio.sleep(n / 10)
    return n

async def main():
    for aw in asyncio.as_completed([job(3), job(1), job(2)]):
        print("plain", await aw)
    if sys.version_info >= (3, 13):
        tasks = [asyncio.create_task(job(n), name=f"job{n}") for n in (2, 1)]
        async for t in asyncio.as_completed(tasks):
            print("async for", t.get_name(), t is tasks[0] or t is tasks[1], t.result())
        async for t in asyncio.as_completed([job(4)]):
            print("wrapped", isinstance(t, asyncio.Task), t.result())
    else:
        print("skip async for")

asyncio.run(main())
