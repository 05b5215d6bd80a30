"""The body of `async with TaskGroup()` raises: children are cancelled and the error comes out in an ExceptionGroup."""
import asyncio


async def child(name, seconds):
    try:
        await asyncio.sleep(seconds)
        print(name, "done")
    except asyncio.CancelledError:
        print(name, "cancelled")
        raise


async def failing(seconds, exc):
    await asyncio.sleep(seconds)
    raise exc


async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(child("a", 0.05))
            tg.create_task(child("b", 0.5))
            await asyncio.sleep(0.1)
            raise ValueError("body failed")
    except* ValueError as eg:
        print("caught:", [repr(e) for e in eg.exceptions])

    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(failing(0.1, KeyError("k")))
            tg.create_task(failing(0.1, OSError("o")))
            tg.create_task(child("c", 1))
    except* KeyError as eg:
        print("KeyErrors:", [repr(e) for e in eg.exceptions])
    except* OSError as eg:
        print("OSErrors:", [repr(e) for e in eg.exceptions])

    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(failing(0.1, RuntimeError("r")))
            tg.create_task(failing(0.2, TypeError("never raised")))
    except ExceptionGroup as eg:
        print(type(eg).__name__, eg.message, [repr(e) for e in eg.exceptions])


asyncio.run(main())
