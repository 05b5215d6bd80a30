import asyncio


async def first():
    print("first run")
    return asyncio.Event()


async def second(event):
    print("second run waits for an event set in no run")
    await event.wait()


with asyncio.Runner() as runner:
    ev = runner.run(first())
    runner.run(second(ev))
    print("never")
