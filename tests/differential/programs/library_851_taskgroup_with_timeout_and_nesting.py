"""A TaskGroup under asyncio.timeout(), and a nested TaskGroup whose failure the outer one sees."""
import asyncio


async def job(name, seconds, fail=False):
    try:
        await asyncio.sleep(seconds)
    except asyncio.CancelledError:
        print(f"  {name} cancelled")
        raise
    if fail:
        raise RuntimeError(f"{name} failed")
    print(f"  {name} done")
    return name


async def inner_group():
    async with asyncio.TaskGroup() as tg:
        tg.create_task(job("inner-1", 0.1))
        tg.create_task(job("inner-2", 0.2, fail=True))
        tg.create_task(job("inner-3", 0.5))


async def main():
    print("group under a timeout:")
    try:
        async with asyncio.timeout(0.35):
            async with asyncio.TaskGroup() as tg:
                # One job left when the timeout strikes: a group cancels several in an order of its own (a set's).
                tasks = [tg.create_task(job(f"j{i}", seconds)) for i, seconds in enumerate((0.1, 0.2, 0.6), 1)]
    except TimeoutError:
        print("  TimeoutError;", [t.result() if not t.cancelled() else "cancelled" for t in tasks])
    print("nested groups:")
    try:
        async with asyncio.TaskGroup() as outer:
            outer.create_task(inner_group())
            outer.create_task(job("outer-1", 0.3))
    except* RuntimeError as eg:
        print("  caught", type(eg).__name__, "with", [type(e).__name__ for e in eg.exceptions])
        inner = eg.exceptions[0]
        print("  inside:", [str(e) for e in getattr(inner, "exceptions", [inner])])


asyncio.run(main())
