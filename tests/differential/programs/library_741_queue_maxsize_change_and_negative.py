"""A Queue with maxsize <= 0 is unbounded (full() is never true); maxsize is read-only; items of any
kind go through in order; get_nowait on an empty queue raises QueueEmpty, whose str is empty."""
import asyncio

async def main():
    q = asyncio.Queue(maxsize=-3)
    for i in range(5):
        q.put_nowait(i)
    print(q.maxsize, q.full(), q.qsize())
    try:
        q.maxsize = 2
    except AttributeError as e:
        print("AttributeError:", e)
    print([q.get_nowait() for _ in range(5)])
    try:
        q.get_nowait()
    except asyncio.QueueEmpty as e:
        print("QueueEmpty", repr(str(e)), isinstance(e, Exception))
    q2 = asyncio.Queue(1)
    q2.put_nowait(None)
    try:
        q2.put_nowait(None)
    except asyncio.QueueFull as e:
        print("QueueFull", repr(e))

asyncio.run(main())
