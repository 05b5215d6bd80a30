"""wait_for times out on a shielded save inside a TaskGroup child, which then awaits the save itself."""
import asyncio

async def save(log):
    await asyncio.sleep(0.3)
    log.append("saved")
    return "ok"

async def main():
    log = []
    inner = None
    async def guarded():
        nonlocal inner
        inner = asyncio.ensure_future(save(log))
        try:
            return await asyncio.wait_for(asyncio.shield(inner), 0.1)
        except TimeoutError:
            log.append("timed out but still saving")
            return await inner
    async with asyncio.TaskGroup() as tg:
        t = tg.create_task(guarded())
    print(t.result(), log)

asyncio.run(main())
