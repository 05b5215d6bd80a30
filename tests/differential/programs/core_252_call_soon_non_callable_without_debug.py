import asyncio


async def main():
    loop = asyncio.get_running_loop()
    loop.call_soon(5)
    loop.call_soon(print, "after the bad callback")
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    print("main survives")


asyncio.run(main())
