import asyncio


async def main():
    async with asyncio.timeout(0.01):
        print("sleeping past the deadline")
        await asyncio.sleep(0.05)


asyncio.run(main())
