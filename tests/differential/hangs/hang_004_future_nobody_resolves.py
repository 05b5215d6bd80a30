import asyncio


async def main():
    fut = asyncio.get_running_loop().create_future()
    asyncio.get_running_loop().call_later(0.01, print, "a timer fires, but nobody resolves the future")
    print("awaiting a future")
    await fut


asyncio.run(main())
