import asyncio


async def obstinate(ev):
    while True:
        try:
            await ev.wait()
        except asyncio.CancelledError:
            print("obstinate ignores the cancellation")


# Held here: a task no one holds, waiting on an event only it holds, is garbage that the collector may free
# before asyncio.run cancels it, and whether it does depends on the interpreter's allocations so far.
background = set()


async def main():
    ev = asyncio.Event()
    background.add(asyncio.create_task(obstinate(ev)))
    await asyncio.sleep(0.01)
    print("main returns; asyncio.run will wait for the leftover task forever")


asyncio.run(main())
print("never printed")
