import asyncio


async def main():
    loop = asyncio.get_running_loop()
    loop.call_soon(print, "soon 1")
    loop.call_later(-5, print, "later -5")
    loop.call_later(0, print, "later 0")
    loop.call_at(loop.time() - 100, print, "at past")
    loop.call_soon(print, "soon 2")
    loop.call_later(-1, print, "later -1")
    await asyncio.sleep(0)
    print("after one yield")
    await asyncio.sleep(0)
    print("after two yields")
    await asyncio.sleep(0.01)
    print("done")


asyncio.run(main())
