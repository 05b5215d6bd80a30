import asyncio


async def worker(q, name):
    while True:
        item = await q.get()
        await asyncio.sleep(item)
        print(name, "processed", item)
        q.task_done()


async def main():
    q = asyncio.Queue()
    for d in (0.05, 0.01, 0.01, 0.01):
        q.put_nowait(d)
    workers = [asyncio.create_task(worker(q, n)) for n in ("w1", "w2")]
    await q.join()
    print("all processed; unfinished joined")
    for w in workers:
        w.cancel()
    res = await asyncio.gather(*workers, return_exceptions=True)
    print([type(r).__name__ for r in res])
    try:
        q.task_done()
    except ValueError as e:
        print("ValueError:", e)
    await q.join()
    print("join on finished queue returns at once")


asyncio.run(main())
