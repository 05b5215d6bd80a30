"""Driving coroutines by hand inside a task: send(None) returns what the innermost await yields (a
future for a sleep, None for sleep(0)); throwing StopIteration out; closing an unfinished coroutine."""
import asyncio

async def inner():
    await asyncio.sleep(0)
    x = await asyncio.sleep(0.1, "r")
    return x

async def main():
    c = inner()
    print(c.send(None))
    y = c.send(None)
    print(type(y).__name__, y.done())
    y.cancel()
    try:
        c.send(None)
    except StopIteration as e:
        print("stop", e.value)
    except asyncio.CancelledError:
        print("cancelled error came out")
    c2 = inner()
    c2.send(None)
    c2.close()
    print(c2.cr_frame)

asyncio.run(main())
