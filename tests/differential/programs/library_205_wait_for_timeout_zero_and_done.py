import asyncio


async def quick():
    return "quick"


async def slow():
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        print("slow cancelled")
        raise


async def main():
    loop = asyncio.get_running_loop()
    f = loop.create_future()
    f.set_result("done already")
    print(await asyncio.wait_for(f, 0))
    print(await asyncio.wait_for(f, 1))
    print(await asyncio.wait_for(f, None))
    try:
        print(await asyncio.wait_for(quick(), 0))
    except TimeoutError:
        print("coroutine with timeout 0: TimeoutError")
    t = asyncio.create_task(quick())
    await asyncio.sleep(0)
    print("done task with timeout 0:", await asyncio.wait_for(t, 0))
    try:
        await asyncio.wait_for(slow(), 0)
    except TimeoutError:
        print("slow with timeout 0: TimeoutError")
    t = asyncio.create_task(slow())
    await asyncio.sleep(0)
    try:
        await asyncio.wait_for(t, -1)
    except TimeoutError:
        print("started slow with timeout -1: TimeoutError", t.cancelled())
    bad = loop.create_future()
    bad.set_exception(KeyError("k"))
    try:
        await asyncio.wait_for(bad, 0)
    except KeyError as e:
        print("failed future:", repr(e))
    c = loop.create_future()
    c.cancel()
    try:
        await asyncio.wait_for(c, 0)
    except asyncio.CancelledError:
        print("cancelled future with timeout 0: CancelledError")
    except TimeoutError:
        print("cancelled future with timeout 0: TimeoutError")


asyncio.run(main())
