"""A bounded queue: a fast producer is slowed down to the pace of a slow consumer."""
import asyncio


async def producer(queue, loop, t0):
    for i in range(6):
        await queue.put(i)
        print(f"put {i} (size {queue.qsize()})")
    await queue.put(None)


async def consumer(queue, loop, t0):
    while (item := await queue.get()) is not None:
        await asyncio.sleep(0.02)
        print(f"  consumed {item} (size {queue.qsize()})")


async def main():
    loop = asyncio.get_running_loop()
    t0 = loop.time()
    queue = asyncio.Queue(maxsize=2)
    await asyncio.gather(producer(queue, loop, t0), consumer(queue, loop, t0))
    print("full?", queue.full(), "empty?", queue.empty())


asyncio.run(main())
