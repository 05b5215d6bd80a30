import asyncio


async def leftover(n):
    try:
        await asyncio.sleep(10)
    finally:
        print("leftover", n, "raising in finally")
        raise RuntimeError(f"cleanup {n}")


async def ignores():
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        print("ignores cancellation, returns a value")
        return "ignored"


async def main():
    asyncio.create_task(leftover(1))
    asyncio.create_task(ignores())
    await asyncio.sleep(0)
    return "main result"


print(asyncio.run(main()))
print("after run")
