import asyncio


async def fail(msg, delay, exc=ValueError):
    await asyncio.sleep(delay)
    raise exc(msg)


async def ok(name, delay):
    try:
        await asyncio.sleep(delay)
        print(name, "finished")
    except asyncio.CancelledError:
        print(name, "cancelled")
        raise


async def inner_group():
    async with asyncio.TaskGroup() as tg:
        tg.create_task(fail("inner boom", 0.01))
        tg.create_task(ok("inner sibling", 0.05))


async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(inner_group())
            tg.create_task(ok("outer sibling", 0.05))
            tg.create_task(fail("outer key", 0.02, KeyError))
    except* ValueError as eg:
        print("ValueError group:", repr(eg))
        print("leaf:", [repr(e) for e in eg.exceptions[0].exceptions])
    except* KeyError as eg:
        print("KeyError group:", repr(eg))
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(fail("a", 0.01))
            tg.create_task(fail("b", 0.01, TypeError))
    except* (ValueError, TypeError) as eg:
        print("both:", sorted(type(e).__name__ for e in eg.exceptions), eg.message)


asyncio.run(main())
