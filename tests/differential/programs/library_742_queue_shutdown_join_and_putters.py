"""Queue.shutdown() without immediate (3.13): blocked putters get QueueShutDown, items already queued stay
and can be got, join() still waits for their task_done; once empty, get raises QueueShutDown."""
import asyncio
import sys

async def putter(q, x):
    try:
        await q.put(x)
        print("put", x)
    except asyncio.QueueShutDown:
        print("putter", x, "shut down")

async def main():
    if sys.version_info < (3, 13):
        print("no shutdown before 3.13")
        return
    q = asyncio.Queue(maxsize=2)
    q.put_nowait("a"); q.put_nowait("b")
    ps = [asyncio.create_task(putter(q, x)) for x in "cd"]
    await asyncio.sleep(0)
    joiner = asyncio.create_task(q.join())
    q.shutdown()
    await asyncio.gather(*ps)
    print("qsize", q.qsize(), "join done", joiner.done())
    while True:
        try:
            item = await q.get()
        except asyncio.QueueShutDown:
            print("get: shut down")
            break
        print("got", item)
        q.task_done()
    await joiner
    print("joined", "maxsize" + repr(q).split(" maxsize")[1])

asyncio.run(main())
