# changes: none
# Every version: a TaskGroup that cancelled its parent because a child failed takes that cancellation back
# (3.11 and 3.12 as __aexit__ starts, 3.13 once the other tasks are done); when the failure came while the
# body was waiting, or nothing happens in between, the parent ends with no cancellation left and its next
# await goes through.  A group whose children all succeed, or whose body fails, cancels nothing of its parent.
import asyncio


async def fail_soon(label):
    await asyncio.sleep(0.1)
    raise KeyError(label)


async def sibling(delay):
    try:
        await asyncio.sleep(delay)
        print("  sibling done")
    except asyncio.CancelledError:
        print("  sibling cancelled")
        raise


async def child(value):
    await asyncio.sleep(0.05)
    return value


async def run(shape):
    print(shape)
    me = asyncio.current_task()
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(fail_soon(shape))
            if shape == "with a sibling still running":
                tg.create_task(sibling(1))
            try:
                await asyncio.sleep(1)
            except asyncio.CancelledError:
                print("  body cancelled; cancelling:", me.cancelling())
                raise
    except* KeyError as group:
        print("  caught", [str(error) for error in group.exceptions], "; cancelling:", me.cancelling())
    await asyncio.sleep(0)
    print("  the next await went through")


async def main():
    await run("alone")
    await run("with a sibling still running")
    me = asyncio.current_task()
    async with asyncio.TaskGroup() as tg:
        tasks = [tg.create_task(child(n)) for n in range(3)]
    print("all succeeded:", [task.result() for task in tasks], "; cancelling:", me.cancelling())
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(sibling(1))
            await asyncio.sleep(0.01)
            raise ValueError("the body failed")
    except* ValueError:
        print("the body's error; cancelling:", me.cancelling())


asyncio.run(main())
