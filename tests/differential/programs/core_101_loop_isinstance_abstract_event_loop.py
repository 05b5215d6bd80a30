import asyncio


async def main():
    loop = asyncio.get_running_loop()
    print(isinstance(loop, asyncio.AbstractEventLoop))
    print(isinstance(loop, asyncio.BaseEventLoop))


asyncio.run(main())
