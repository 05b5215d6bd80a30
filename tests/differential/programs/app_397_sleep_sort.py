"""Sleep sort: every number sleeps proportionally to its value, then appends itself."""
import asyncio


async def sleeper(n, out):
    await asyncio.sleep(n * 0.01)
    out.append(n)


async def main():
    numbers = [5, 3, 9, 1, 7, 2, 8]
    out = []
    await asyncio.gather(*(sleeper(n, out) for n in numbers))
    print("sorted:", out)
    print("correct:", out == sorted(numbers))


asyncio.run(main())
