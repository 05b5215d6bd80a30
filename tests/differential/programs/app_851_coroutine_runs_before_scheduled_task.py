"""A coroutine awaited directly runs at once; a task created before it waits for the loop (the classic Q&A)."""
import asyncio

log = []


async def note(word):
    log.append(word)
    print("ran:", word)


async def main():
    coro = note("plain await")
    task = asyncio.create_task(note("create_task"))
    await coro
    await task
    print(log)

    log.clear()
    coro = note("plain await after a yield")
    task = asyncio.create_task(note("create_task before the yield"))
    await asyncio.sleep(0)
    await coro
    await task
    print(log)

    log.clear()
    tasks = [asyncio.create_task(note(f"t{i}")) for i in range(3)]
    print("a never-awaited coroutine object is just an object:", type(note("x")).__name__)
    await asyncio.gather(*tasks)
    print(log)


asyncio.run(main())
