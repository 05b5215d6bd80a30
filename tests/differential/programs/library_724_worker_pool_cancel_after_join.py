"""Three workers drain a queue; main joins the queue, then cancels the workers, which say so; gather with
return_exceptions collects the CancelledErrors."""
import asyncio

async def worker(name, q):
    try:
        while True:
            item = await q.get()
            await asyncio.sleep(item / 10)
            print(name, "did", item)
            q.task_done()
    except asyncio.CancelledError:
        print(name, "stopping")
        raise

async def main():
    q = asyncio.Queue()
    for i in (3, 1, 2, 1, 1):
        q.put_nowait(i)
    ws = [asyncio.create_task(worker(f"w{i}", q)) for i in range(3)]
    await q.join()
    print("all done")
    for w in ws:
        w.cancel()
    res = await asyncio.gather(*ws, return_exceptions=True)
    print([type(r).__name__ for r in res])

asyncio.run(main())
