"""A periodic task ticking every 0.2 s beside main's single sleep(3): the tick due at 3.0 comes too late.

Fifteen chained wake-ups leave the ticker's timer milliseconds behind main's one timer, so main's
wake-up at 3.0 ends the program before it (real asyncio prints 15 ticks every time)."""
import asyncio


async def ticker():
    n = 0
    while True:
        n += 1
        print("tick", n)
        await asyncio.sleep(0.2)


async def main():
    asyncio.create_task(ticker())
    await asyncio.sleep(3)
    print("main done")

asyncio.run(main())
