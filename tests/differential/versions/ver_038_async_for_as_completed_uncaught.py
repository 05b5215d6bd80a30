# changes: as_completed_iterator
# `async for` over as_completed() is 3.13's idiom; on 3.11 and 3.12 the program dies with a TypeError.
import asyncio


async def fetch(n):
    await asyncio.sleep(n / 10)
    return n


async def main():
    async for done in asyncio.as_completed([fetch(2), fetch(1)]):
        print(await done)


asyncio.run(main())
