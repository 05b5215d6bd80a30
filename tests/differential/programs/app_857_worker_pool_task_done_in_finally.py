"""A bounded worker pool: task_done() in finally, join(), then cancel the workers and collect how they ended."""
import asyncio


async def worker(name, q, done):
    while True:
        item = await q.get()
        try:
            if item == 4:
                raise RuntimeError(f"item {item} broke")
            await asyncio.sleep(0.01 * item)
            done.append((name, item))
        except RuntimeError as e:
            print(f"{name}: {e}")
        finally:
            q.task_done()


async def main():
    q = asyncio.Queue(maxsize=3)
    done = []
    workers = [asyncio.create_task(worker(f"w{i}", q, done)) for i in range(3)]
    for i in range(8):
        await q.put(i)
        print(f"put {i}, queue size {q.qsize()}")
    await q.join()
    print("all processed:", sorted(item for _, item in done))
    print("who did what:", done)
    for w in workers:
        w.cancel()
    ends = await asyncio.gather(*workers, return_exceptions=True)
    print([type(e).__name__ for e in ends])


asyncio.run(main())
