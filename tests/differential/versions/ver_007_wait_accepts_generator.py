# changes: iscoroutine_rejects_generators
# 3.12: asyncio.wait() accepts a generator of tasks; 3.11 took the generator for a coroutine and refused it.
import asyncio


async def work(n):
    await asyncio.sleep(n / 10)
    return n


async def main():
    tasks = [asyncio.create_task(work(n)) for n in (1, 2)]
    try:
        done, pending = await asyncio.wait(t for t in tasks)
    except TypeError as error:
        print("TypeError:", error)
        await asyncio.gather(*tasks)
    else:
        print(sorted(t.result() for t in done), len(pending))


asyncio.run(main())
