"""Nested asyncio.timeout blocks: which one fires, and who sees TimeoutError."""
import asyncio


async def op(d):
    await asyncio.sleep(d)
    return d


async def main():
    try:
        async with asyncio.timeout(0.05):
            try:
                async with asyncio.timeout(0.02):
                    await op(0.03)
            except TimeoutError:
                print("inner timed out first")
            print("outer still fine:", await op(0.01))
    except TimeoutError:
        print("outer timed out")

    try:
        async with asyncio.timeout(0.02) as outer:
            try:
                async with asyncio.timeout(0.05):
                    await op(0.03)
            except TimeoutError:
                print("inner reports timeout (wrong!)")
            print("not printed")
    except TimeoutError:
        print("outer timed out; outer.expired() =", outer.expired())


asyncio.run(main())
