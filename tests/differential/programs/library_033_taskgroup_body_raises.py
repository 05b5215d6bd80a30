import asyncio


async def worker():
    try:
        await asyncio.sleep(0.05)
    except asyncio.CancelledError:
        print("worker cancelled because the body raised")
        raise


async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(worker())
            await asyncio.sleep(0.01)
            raise RuntimeError("body error")
    except* RuntimeError as eg:
        print("caught", [str(e) for e in eg.exceptions])
    try:
        tg.create_task(worker())
    except RuntimeError as e:
        print("RuntimeError:", e)


asyncio.run(main())
