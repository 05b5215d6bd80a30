import asyncio


async def main():
    loop = asyncio.get_running_loop()
    when = loop.time() + 0.01
    loop.call_at(when, print, "first")
    loop.call_at(when, print, "second")
    loop.call_at(when, print, "third")
    await asyncio.sleep(0.03)
    print("end")


asyncio.run(main())
