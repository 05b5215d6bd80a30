"""Queue.shutdown (3.13): waiting getters of an empty queue get QueueShutDown; put raises at once; a
non-immediate shutdown lets items already queued be taken."""
import asyncio
import sys

async def getter(q, name):
    try:
        print(name, "got", await q.get())
    except asyncio.QueueShutDown:
        print(name, "shut down")

async def main():
    if sys.version_info < (3, 13):
        print("no shutdown")
        return
    q = asyncio.Queue()
    ts = [asyncio.create_task(getter(q, n)) for n in ("a", "b")]
    await asyncio.sleep(0)
    q.shutdown()
    await asyncio.gather(*ts)
    try:
        q.put_nowait(1)
    except asyncio.QueueShutDown:
        print("put refused")
    q2 = asyncio.Queue(maxsize=1)
    q2.put_nowait("x")
    putter = asyncio.create_task(q2.put("y"))
    await asyncio.sleep(0)
    q2.shutdown()
    try:
        await putter
    except asyncio.QueueShutDown:
        print("blocked put shut down")
    print(q2.get_nowait())
    await getter(q2, "c")

asyncio.run(main())
