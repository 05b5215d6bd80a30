import asyncio


class WaitFor:
    def __init__(self, fut):
        self.fut = fut

    def __await__(self):
        print("waiting on future")
        value = yield from self.fut.__await__()
        print("future gave", value)
        return value * 2


class BadYield:
    def __await__(self):
        yield 123


async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    loop.call_later(0.01, fut.set_result, 21)
    print("result", await WaitFor(fut))
    try:
        await BadYield()
    except RuntimeError as e:
        print("RuntimeError:", e)


asyncio.run(main())
