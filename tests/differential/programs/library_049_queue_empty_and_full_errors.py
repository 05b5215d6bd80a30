import asyncio


async def main():
    q = asyncio.Queue(maxsize=1)
    try:
        q.get_nowait()
    except asyncio.QueueEmpty as e:
        print("QueueEmpty", repr(str(e)))
    q.put_nowait(1)
    try:
        q.put_nowait(2)
    except asyncio.QueueFull as e:
        print("QueueFull", repr(str(e)))
    print("maxsize", q.maxsize, "qsize", q.qsize())
    u = asyncio.Queue()
    print("unbounded full?", u.full(), "maxsize", u.maxsize)
    print(issubclass(asyncio.QueueEmpty, Exception), issubclass(asyncio.QueueFull, Exception))


asyncio.run(main())
