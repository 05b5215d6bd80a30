import asyncio
import types


@types.coroutine
def legacy(fut):
    print("legacy before")
    value = yield from fut
    print("legacy got", value)
    return value * 2


class Ticker:
    def __init__(self, n):
        self.n = n

    def __await__(self):
        for i in range(self.n):
            print("tick", i)
            yield
        return "ticked"


async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    loop.call_later(0.01, fut.set_result, 21)
    print(await legacy(fut))
    print(await Ticker(3))
    t = asyncio.ensure_future(Ticker(2))
    other = asyncio.create_task(Ticker(2).__await__().__next__() or asyncio.sleep(0))
    print(await t)
    await other


asyncio.run(main())
