import asyncio


async def main():
    print("about to fail")
    await asyncio.sleep(0.01)
    raise ValueError("boom")


asyncio.run(main())
print("not reached")
