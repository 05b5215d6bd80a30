"""A countdown async generator consumed with anext() (with a default) and async for."""
import asyncio


async def countdown(n, delay):
    while n > 0:
        await asyncio.sleep(delay)
        yield n
        n -= 1
    print("liftoff!")


async def main():
    gen = countdown(3, 0.01)
    print("first:", await anext(gen))
    async for n in gen:
        print("then:", n)
    print("exhausted:", await anext(gen, "no more"))
    try:
        async with asyncio.timeout(0.035):
            async for n in countdown(10, 0.01):
                print("fast count", n)
    except TimeoutError:
        print("countdown aborted by timeout")


asyncio.run(main())
