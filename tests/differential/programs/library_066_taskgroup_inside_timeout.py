import asyncio


async def child(name):
    try:
        await asyncio.sleep(0.05)
    except asyncio.CancelledError:
        print(name, "cancelled")
        raise


async def main():
    try:
        async with asyncio.timeout(0.01):
            async with asyncio.TaskGroup() as tg:
                tg.create_task(child("only child"))
    except TimeoutError:
        print("TimeoutError, not an ExceptionGroup")
    except BaseExceptionGroup as eg:
        print("ExceptionGroup (wrong)", eg)


asyncio.run(main())
