import asyncio


async def fail(exc):
    await asyncio.sleep(0)
    raise exc


async def fail_in_cleanup():
    try:
        await asyncio.sleep(0.05)
    except asyncio.CancelledError:
        raise KeyError("during cancellation")


async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(fail(ValueError("v")))
            tg.create_task(fail(TypeError("t")))
            tg.create_task(fail_in_cleanup())
    except* ValueError as eg:
        print("ValueErrors:", [str(e) for e in eg.exceptions])
    except* TypeError as eg:
        print("TypeErrors:", [str(e) for e in eg.exceptions])
    except* KeyError as eg:
        print("KeyErrors:", [str(e) for e in eg.exceptions])


asyncio.run(main())
