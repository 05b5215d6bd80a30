import asyncio


async def main():
    loop = asyncio.get_running_loop()
    h1 = loop.call_soon(print, "h1 runs")
    h2 = loop.call_soon(print, "h2 runs")
    t1 = loop.call_later(0.01, print, "t1 runs")
    t2 = loop.call_later(0.02, print, "t2 runs")
    h1.cancel()
    t2.cancel()
    print(h1.cancelled(), h2.cancelled(), t1.cancelled(), t2.cancelled())
    await asyncio.sleep(0.04)
    h2.cancel()
    print("h2 cancelled after running:", h2.cancelled())
    print("end")


asyncio.run(main())
