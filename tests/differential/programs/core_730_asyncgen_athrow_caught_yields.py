"""athrow() into an async generator that catches the error and yields again: athrow returns that value;
asend sends a value in; aclose then finishes it."""
import asyncio

async def gen():
    total = 0
    while True:
        try:
            x = yield total
            total += x or 0
        except ValueError as e:
            print("gen caught", e)
            total = -1

async def main():
    g = gen()
    print(await g.asend(None))
    print(await g.asend(5))
    print(await g.athrow(ValueError("reset")))
    print(await g.asend(2))
    await g.aclose()
    print(g.ag_running, g.ag_frame is None)

asyncio.run(main())
