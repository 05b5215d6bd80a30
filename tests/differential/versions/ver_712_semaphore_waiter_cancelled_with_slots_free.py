# changes: semaphore_wakes_a_waiter_per_free_slot
"""The same queue, and a waiter cancelled: D woken and cancelled before it runs hands its slot on (then one more per
iteration up to 3.12, all from 3.13); E cancelled in the queue with slots free wakes nobody up to 3.12, as many
as there are slots from 3.13."""
import asyncio

log = []

async def worker(sem, name, delay):
    try:
        await asyncio.sleep(0)
        if delay:
            await asyncio.sleep(delay)
        async with sem:
            log.append(name)
            print(name, "in")
            await asyncio.sleep(0.1)
    except asyncio.CancelledError:
        print(name, "cancelled")

async def ticker(n):
    await asyncio.sleep(0)
    await asyncio.sleep(0.1)
    for i in range(n):
        print("tick", i)
        await asyncio.sleep(0)

async def killer(victim):
    # Wakes as A, B and C leave, after E, F and G queued: D is woken but has not run yet.
    await asyncio.sleep(0)
    await asyncio.sleep(0.1)
    victim.cancel()


async def scenario(cancel):
    sem = asyncio.Semaphore(3)
    tasks = {n: asyncio.create_task(worker(sem, n, 0)) for n in "ABC"}
    tasks["D"] = asyncio.create_task(worker(sem, "D", 0.05))
    for n in "EFG":
        tasks[n] = asyncio.create_task(worker(sem, n, 0.1))
    tasks["tick"] = asyncio.create_task(ticker(5))
    tasks["killer"] = asyncio.create_task(killer(tasks[cancel]))
    await asyncio.gather(*tasks.values())
    print("order", "".join(log), "value", sem._value, "locked", sem.locked())
    log.clear()

async def main():
    # D is woken as A, B and C leave, and cancelled before it runs: its slot is handed on.
    await scenario("D")
    # E queued behind the woken D with two slots free, and is cancelled.
    await scenario("E")

asyncio.run(main())
