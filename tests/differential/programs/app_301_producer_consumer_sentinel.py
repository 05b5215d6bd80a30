"""Producer/consumer: one producer, three workers, a None sentinel per worker."""
import asyncio


async def producer(queue, n_workers):
    for i in range(6):
        await asyncio.sleep(0.01)
        await queue.put(f"job-{i}")
        print(f"produced job-{i}")
    for _ in range(n_workers):
        await queue.put(None)
    print("producer done")


async def worker(name, queue, results):
    while True:
        job = await queue.get()
        if job is None:
            print(f"{name} got sentinel, exiting")
            break
        print(f"{name} processing {job}")
        await asyncio.sleep(0.02)
        results.append((name, job))
    return name


async def main():
    queue = asyncio.Queue()
    results = []
    workers = [asyncio.create_task(worker(f"w{i}", queue, results)) for i in range(3)]
    await producer(queue, len(workers))
    finished = await asyncio.gather(*workers)
    print("finished:", finished)
    print("processed", len(results), "jobs")
    print(sorted(job for _, job in results))


asyncio.run(main())
