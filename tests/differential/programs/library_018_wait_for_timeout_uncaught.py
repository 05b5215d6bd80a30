import asyncio


async def main():
    print("waiting with a timeout")
    await asyncio.wait_for(asyncio.sleep(0.05), timeout=0.01)


asyncio.run(main())
