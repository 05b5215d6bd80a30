import asyncio


async def child(name, delay):
    try:
        await asyncio.sleep(delay)
        print(name, "done")
        return name
    except asyncio.CancelledError:
        print(name, "cancelled")
        raise


async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            t1 = tg.create_task(child("one", 0.01))
            t2 = tg.create_task(child("two", 0.05))
            await asyncio.sleep(0.02)
            raise ZeroDivisionError("body")
    except* ZeroDivisionError as eg:
        print("body error in group:", repr(eg.exceptions))
    print(t1.result(), t2.cancelled())
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(child("three", 0.01))
            raise asyncio.CancelledError()
    except asyncio.CancelledError:
        print("body CancelledError propagates as is")
    print("cancelling", asyncio.current_task().cancelling())


asyncio.run(main())
