"""asyncio.run inside asyncio.to_thread: the worker thread runs an event loop of its own, whose timers
fire while the outer loop's ticker goes on; to_thread returns what the inner run returned."""
import asyncio


async def inner():
    for i in range(2):
        await asyncio.sleep(0.2)
        print("inner step", i)
    return "inner done"


async def ticker():
    for i in range(3):
        await asyncio.sleep(0.3)
        print("outer tick", i)


async def main():
    ticking = asyncio.create_task(ticker())
    print(await asyncio.to_thread(asyncio.run, inner()))
    await ticking


asyncio.run(main())
