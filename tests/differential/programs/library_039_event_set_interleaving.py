import asyncio


async def setter(ev):
    print("setter before set")
    ev.set()
    print("setter after set")
    await asyncio.sleep(0)
    print("setter after sleep(0)")


async def waiter(ev):
    print("waiter waiting")
    await ev.wait()
    print("waiter woke")


async def main():
    ev = asyncio.Event()
    w = asyncio.create_task(waiter(ev))
    s = asyncio.create_task(setter(ev))
    await asyncio.gather(w, s)
    ev2 = asyncio.Event()
    try:
        await asyncio.wait_for(ev2.wait(), 0.01)
    except asyncio.TimeoutError:
        print("ev2 not set in time")


asyncio.run(main())
