"""A task holding a Semaphore slot is cancelled inside `async with`: the slot is released on the way out
and the next waiter gets in; value counting stays right."""
import asyncio

async def use(sem, name, d):
    try:
        async with sem:
            print(name, "in, locked:", sem.locked())
            await asyncio.sleep(d)
            print(name, "done")
    except asyncio.CancelledError:
        print(name, "cancelled, locked:", sem.locked())
        raise

async def main():
    sem = asyncio.Semaphore(1)
    a = asyncio.create_task(use(sem, "a", 1))
    b = asyncio.create_task(use(sem, "b", 0.1))
    c = asyncio.create_task(use(sem, "c", 0.1))
    await asyncio.sleep(0.1)
    a.cancel()
    await asyncio.gather(a, b, c, return_exceptions=True)
    print("end locked:", sem.locked())

asyncio.run(main())
