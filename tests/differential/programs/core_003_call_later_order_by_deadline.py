import asyncio


async def main():
    loop = asyncio.get_running_loop()
    loop.call_later(0.03, print, "x at 0.03")
    loop.call_later(0.01, print, "y at 0.01")
    loop.call_later(0.02, print, "z at 0.02")
    loop.call_soon(print, "soon")
    print("scheduled")
    await asyncio.sleep(0.05)
    print("done")


asyncio.run(main())
