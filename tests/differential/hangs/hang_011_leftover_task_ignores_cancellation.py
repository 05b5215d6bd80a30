import asyncio


async def obstinate(ev):
    while True:
        try:
            await ev.wait()
        except asyncio.CancelledError:
            print("obstinate ignores the cancellation")


async def main():
    ev = asyncio.Event()
    asyncio.create_task(obstinate(ev))
    await asyncio.sleep(0.01)
    print("main returns; asyncio.run will wait for the leftover task forever")


asyncio.run(main())
print("never printed")
