import asyncio


async def leaf():
    await asyncio.sleep(1)


async def mid():
    try:
        await leaf()
    except asyncio.CancelledError as e:
        print("mid sees args", e.args)
        raise


async def main():
    t = asyncio.create_task(mid())
    await asyncio.sleep(0)
    t.cancel("stop now")
    try:
        await t
    except asyncio.CancelledError as e:
        print("main sees args", e.args)
    print("cancelled", t.cancelled())
    try:
        t.result()
    except asyncio.CancelledError as e:
        print("result() args", e.args)
    try:
        t.exception()
    except asyncio.CancelledError as e:
        print("exception() args", e.args)
    f = asyncio.get_running_loop().create_future()
    f.cancel("fut msg")
    try:
        f.result()
    except asyncio.CancelledError as e:
        print("future result args", e.args)
    try:
        f.exception()
    except asyncio.CancelledError as e:
        print("future exception args", e.args)
    t2 = asyncio.create_task(asyncio.sleep(1))
    await asyncio.sleep(0)
    t2.cancel()
    try:
        await t2
    except asyncio.CancelledError as e:
        print("no message args", e.args)


asyncio.run(main())
