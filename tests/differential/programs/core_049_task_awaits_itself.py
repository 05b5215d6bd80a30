import asyncio


async def main():
    me = asyncio.current_task()
    try:
        await me
    except RuntimeError as e:
        print("RuntimeError:", str(e).split(":")[0])
    loop = asyncio.get_running_loop()
    f = loop.create_future()
    loop.call_soon(f.set_exception, KeyError("from future"))
    try:
        await f
    except KeyError as e:
        print("KeyError:", e)
    g = loop.create_future()
    try:
        g.set_exception(StopIteration())
    except TypeError as e:
        print("TypeError:", e)


asyncio.run(main())
