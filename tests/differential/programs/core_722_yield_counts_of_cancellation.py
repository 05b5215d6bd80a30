"""Iterations between cancel() and the cancelled task's except block, and until its awaiter sees it, for a
task waiting on sleep, on a future, on another task, on gather, on wait_for, on shield, in a timeout."""
import asyncio

ticks = 0

async def ticker():
    global ticks
    while True:
        ticks += 1
        await asyncio.sleep(0)

async def victim(label, make):
    try:
        await make()
    except asyncio.CancelledError:
        print(f"{label}: except after {ticks - start}")
        raise

async def run(label, make):
    global start
    t = asyncio.create_task(victim(label, make))
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    start = ticks
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print(f"{label}: awaiter after {ticks - start}")

start = 0

async def main():
    tk = asyncio.create_task(ticker())
    loop = asyncio.get_running_loop()
    await asyncio.sleep(0)
    await run("sleep", lambda: asyncio.sleep(5))
    await run("future", lambda: loop.create_future())
    await run("task", lambda: asyncio.create_task(asyncio.sleep(5)))
    await run("gather", lambda: asyncio.gather(asyncio.sleep(5), asyncio.sleep(6)))
    await run("wait_for", lambda: asyncio.wait_for(asyncio.sleep(5), 10))
    await run("shield", lambda: asyncio.shield(asyncio.sleep(5)))
    async def in_timeout():
        async with asyncio.timeout(10):
            await asyncio.sleep(5)
    await run("timeout", in_timeout)
    async def in_group():
        async with asyncio.TaskGroup() as tg:
            tg.create_task(asyncio.sleep(5))
    await run("taskgroup", in_group)
    async def waiting():
        await asyncio.wait([asyncio.create_task(asyncio.sleep(5))])
    await run("wait", waiting)
    tk.cancel()

asyncio.run(main())
