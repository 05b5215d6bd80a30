import asyncio


async def worker(name, q, log):
    while True:
        item = await q.get()
        try:
            await asyncio.sleep(0.01)
            log.append(f"{name} did {item}")
        finally:
            q.task_done()


async def main():
    q = asyncio.Queue()
    log = []
    for i in range(5):
        q.put_nowait(i)
    workers = [asyncio.create_task(worker(f"w{i}", q, log)) for i in range(2)]
    await asyncio.sleep(0.015)
    workers[0].cancel()
    await q.join()
    print(log)
    print("unfinished", q._unfinished_tasks, "qsize", q.qsize())
    for w in workers:
        w.cancel()
    res = await asyncio.gather(*workers, return_exceptions=True)
    print([type(r).__name__ for r in res])
    await q.join()
    print("join on finished queue returns at once")


asyncio.run(main())
