"""Several sensors (producers) feed one aggregator (consumer); join() waits for the backlog."""
import asyncio


async def sensor(name, period, count, q):
    for i in range(count):
        await asyncio.sleep(period)
        await q.put((name, i))
    print(f"sensor {name} finished")


async def aggregator(q, totals):
    while True:
        name, value = await q.get()
        totals[name] = totals.get(name, 0) + value
        await asyncio.sleep(0.004)
        q.task_done()


async def main():
    q = asyncio.Queue()
    totals = {}
    agg = asyncio.create_task(aggregator(q, totals))
    await asyncio.gather(sensor("temp", 0.01, 3, q), sensor("humidity", 0.025, 2, q), sensor("wind", 0.035, 2, q))
    print("sensors done")
    await q.join()
    agg.cancel()
    print("totals:", dict(sorted(totals.items())))


asyncio.run(main())
