import asyncio


async def main():
    loop = asyncio.get_running_loop()
    try:
        async with asyncio.timeout_at(loop.time() - 1):
            print("body starts even though the deadline passed")
            await asyncio.sleep(0)
            print("not reached")
    except TimeoutError:
        print("TimeoutError")
    try:
        async with asyncio.timeout(0):
            print("body with timeout(0), no await")
        print("no await inside: no error")
    except TimeoutError:
        print("TimeoutError without await")


asyncio.run(main())
