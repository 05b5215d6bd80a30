# changes: iscoroutine_rejects_generators
# as_completed() of a generator: refused by 3.11 (taken for a coroutine), accepted by 3.12+.
import asyncio


async def work(n):
    await asyncio.sleep(n / 10)
    return n


async def main():
    tasks = [asyncio.create_task(work(n)) for n in (2, 1)]
    try:
        for next_done in asyncio.as_completed(t for t in tasks):
            print("got", await next_done)
    except TypeError as error:
        print("TypeError:", error)
        await asyncio.gather(*tasks)


asyncio.run(main())
