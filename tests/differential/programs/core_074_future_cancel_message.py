import asyncio


async def main():
    loop = asyncio.get_running_loop()
    f = loop.create_future()
    f.cancel("custom message")
    try:
        await f
    except asyncio.CancelledError as e:
        print("await:", e.args)
    try:
        f.result()
    except asyncio.CancelledError as e:
        print("result():", e.args)
    try:
        f.exception()
    except asyncio.CancelledError as e:
        print("exception():", e.args)
    f.add_done_callback(lambda x: print("callback on cancelled future, cancelled =", x.cancelled()))
    await asyncio.sleep(0)
    try:
        loop.call_soon(42)
    except TypeError as e:
        print("TypeError:", e)


asyncio.run(main())
