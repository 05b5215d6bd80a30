"""Batch writes: flush when 3 items are collected or 0.04 s after the first one."""
import asyncio


async def batcher(queue, max_items=3, max_wait=0.04):
    loop = asyncio.get_running_loop()
    while True:
        item = await queue.get()
        if item is None:
            return
        batch = [item]
        deadline = loop.time() + max_wait
        while len(batch) < max_items:
            try:
                item = await asyncio.wait_for(queue.get(), deadline - loop.time())
            except asyncio.TimeoutError:
                print("  (flush on timeout)")
                break
            if item is None:
                print(f"flush {batch}")
                return
            batch.append(item)
        print(f"flush {batch}")


async def main():
    queue = asyncio.Queue()
    task = asyncio.create_task(batcher(queue))
    for i, gap in enumerate([0, 0.005, 0.005, 0.005, 0.07, 0.01, 0.08, 0.005]):
        await asyncio.sleep(gap)
        await queue.put(f"e{i}")
    await asyncio.sleep(0.01)
    await queue.put(None)
    await task
    print("done")


asyncio.run(main())
