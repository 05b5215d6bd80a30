"""async with Semaphore releases on error; waiters get in in order; a cancelled waiter does not take a
slot."""
import asyncio

async def use(sem, name, fail=False):
    async with sem:
        print(name, "in")
        await asyncio.sleep(0.1)
        if fail:
            raise ValueError(name)
    print(name, "out")

async def main():
    sem = asyncio.Semaphore(2)
    ts = [asyncio.create_task(use(sem, "a", True)), asyncio.create_task(use(sem, "b")),
          asyncio.create_task(use(sem, "c")), asyncio.create_task(use(sem, "d"))]
    await asyncio.sleep(0)
    ts[2].cancel()
    res = await asyncio.gather(*ts, return_exceptions=True)
    print([type(r).__name__ for r in res], sem.locked())

asyncio.run(main())
