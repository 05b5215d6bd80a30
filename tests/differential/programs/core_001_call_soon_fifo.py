import asyncio


def cb(name, *args):
    print("cb", name, args)


async def main():
    loop = asyncio.get_running_loop()
    loop.call_soon(cb, "a")
    loop.call_soon(cb, "b", 1, 2)
    loop.call_soon(cb, "c")
    print("scheduled")
    await asyncio.sleep(0)
    print("main resumed")


asyncio.run(main())
