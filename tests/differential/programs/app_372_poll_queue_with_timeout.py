"""A consumer that polls a queue with a timeout and does housekeeping when idle."""
import asyncio


async def consumer(queue):
    idle_rounds = 0
    while True:
        try:
            item = await asyncio.wait_for(queue.get(), timeout=0.025)
        except asyncio.TimeoutError:
            idle_rounds += 1
            print(f"idle ({idle_rounds}), doing housekeeping")
            if idle_rounds == 3:
                print("no work for a while, exiting")
                return
            continue
        idle_rounds = 0
        print(f"processing {item}")


async def producer(queue):
    for item, gap in [("a", 0.01), ("b", 0.01), ("c", 0.04), ("d", 0.005)]:
        await asyncio.sleep(gap)
        await queue.put(item)


async def main():
    queue = asyncio.Queue()
    await asyncio.gather(consumer(queue), producer(queue))
    print("left in queue:", queue.qsize())


asyncio.run(main())
