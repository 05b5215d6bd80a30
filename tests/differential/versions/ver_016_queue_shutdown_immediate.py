# changes: queue_shutdown
# 3.13: Queue.shutdown(immediate=True) drops what is queued, counts it as done and wakes blocked
# putters and getters with QueueShutDown.
import asyncio
import sys

if not hasattr(asyncio, "QueueShutDown"):
    print("no Queue.shutdown before 3.13")
    sys.exit(0)


async def putter(q):
    try:
        await q.put("late")
    except asyncio.QueueShutDown:
        print("blocked putter: QueueShutDown")


async def joiner(q):
    await q.join()
    print("join returned")


async def main():
    q = asyncio.Queue(maxsize=2)
    q.put_nowait("a")
    q.put_nowait("b")
    tasks = [asyncio.create_task(putter(q)), asyncio.create_task(joiner(q))]
    await asyncio.sleep(0)
    q.shutdown(immediate=True)
    print("size after shutdown:", q.qsize())
    try:
        q.get_nowait()
    except asyncio.QueueShutDown:
        print("get_nowait: QueueShutDown")
    await asyncio.gather(*tasks)


asyncio.run(main())
