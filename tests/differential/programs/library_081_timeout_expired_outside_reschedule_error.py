import asyncio


async def main():
    loop = asyncio.get_running_loop()
    cm = asyncio.timeout(0.01)
    try:
        cm.reschedule(loop.time() + 1)
    except AssertionError:
        print("reschedule before entering: AssertionError")
    except RuntimeError as e:
        print("reschedule before entering:", e)
    async with cm:
        print("when is set:", cm.when() is not None)
    try:
        async with cm:
            pass
    except RuntimeError as e:
        print("reuse:", e)


asyncio.run(main())
