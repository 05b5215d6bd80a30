import asyncio


async def leftover(n):
    try:
        await asyncio.sleep(10)
    finally:
        print("leftover", n, "raising in finally")
        raise RuntimeError(f"cleanup {n}")


async def main():
    # One leftover task only: asyncio.run cancels leftovers in set order, which no other loop can follow.
    asyncio.create_task(leftover(1))
    await asyncio.sleep(0)
    return "main result"


print(asyncio.run(main()))
print("after run")
