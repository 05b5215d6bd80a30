"""gather keeps argument order; as_completed yields in completion order."""
import asyncio


async def job(n):
    await asyncio.sleep(0.01 * (5 - n))
    print(f"  job {n} finished")
    return n * 10


async def main():
    print("gather:")
    print("  results", await asyncio.gather(*(job(n) for n in range(5))))
    print("as_completed:")
    order = []
    for coro in asyncio.as_completed([job(n) for n in range(5)]):
        order.append(await coro)
    print("  results", order)


asyncio.run(main())
