# changes: as_completed_iterator
# 3.13: as_completed() is also an asynchronous iterator, and `async for` yields the tasks passed in.
# In 3.11 and 3.12 it is a plain generator: `async for` over it is a TypeError.
import asyncio


async def work(name, delay):
    await asyncio.sleep(delay)
    return name


async def main():
    tasks = [asyncio.create_task(work("slow", 0.2)), asyncio.create_task(work("fast", 0.1))]
    try:
        async for done in asyncio.as_completed(tasks):
            print("original task:", done in tasks, "result:", done.result())
    except TypeError as error:
        print("TypeError:", error)
        for next_done in asyncio.as_completed(tasks):
            print("plain iteration:", await next_done)


asyncio.run(main())
