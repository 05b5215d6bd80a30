# changes: semaphore_wakes_a_waiter_per_free_slot
"""E, F and G queue behind D, whom A, B and C woke as they left, though two slots are free (FIFO): D lets them in
one per loop iteration up to 3.12 (the ticker sees it), all it can at once from 3.13."""
import asyncio

async def worker(sem, name, delay):
    await asyncio.sleep(0)
    if delay:
        await asyncio.sleep(delay)
    async with sem:
        print(name, "in")
        await asyncio.sleep(0.1)

async def ticker():
    await asyncio.sleep(0)
    await asyncio.sleep(0.1)
    for i in range(4):
        print("tick", i)
        await asyncio.sleep(0)

async def main():
    sem = asyncio.Semaphore(3)
    tasks = [asyncio.create_task(worker(sem, n, 0)) for n in "ABC"]
    tasks.append(asyncio.create_task(worker(sem, "D", 0.05)))
    tasks += [asyncio.create_task(worker(sem, n, 0.1)) for n in "EFG"]
    tasks.append(asyncio.create_task(ticker()))
    await asyncio.gather(*tasks)

asyncio.run(main())
