import asyncio

handles = {}


def first():
    print("first runs and cancels second and the timer")
    handles["second"].cancel()
    handles["timer"].cancel()


def second():
    print("second runs (should not)")


def third():
    print("third runs")


async def main():
    loop = asyncio.get_running_loop()
    handles["timer"] = loop.call_later(0.01, print, "timer runs (should not)")
    loop.call_soon(first)
    handles["second"] = loop.call_soon(second)
    loop.call_soon(third)
    await asyncio.sleep(0.03)
    print("end")


asyncio.run(main())
