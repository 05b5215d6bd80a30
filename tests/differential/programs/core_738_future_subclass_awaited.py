"""A subclass of asyncio.Future with its own set_result and repr: tasks await it like any future, and
its callbacks and overridden methods are used."""
import asyncio

class Loud(asyncio.Future):
    def set_result(self, value):
        print("Loud.set_result", value)
        super().set_result(value * 2)
    def __repr__(self):
        return f"<Loud {self._state}>"

async def main():
    loop = asyncio.get_running_loop()
    f = Loud()
    print(f, f.get_loop() is loop, isinstance(f, asyncio.Future))
    loop.call_later(0.1, f.set_result, 21)
    print(await f)
    print(f)
    g = Loud(loop=loop)
    t = asyncio.create_task(asyncio.wait_for(g, 0.1))
    try:
        await t
    except TimeoutError:
        print("timed out, g:", g)

asyncio.run(main())
