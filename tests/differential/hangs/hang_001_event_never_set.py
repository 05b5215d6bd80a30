import asyncio


async def waiter(ev):
    print("waiter waiting for the event")
    await ev.wait()
    print("never printed")


async def main():
    ev = asyncio.Event()
    t = asyncio.create_task(waiter(ev))
    await asyncio.sleep(0.01)
    print("main awaits the waiter; nobody will set the event")
    await t


asyncio.run(main())
