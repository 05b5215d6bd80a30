# changes: queue_shutdown
# 3.13: Queue.shutdown() and QueueShutDown. Earlier versions have neither.
import asyncio


async def consumer(q, name):
    while True:
        try:
            item = await q.get()
        except asyncio.QueueShutDown:
            print(name, "sees the queue shut down")
            return
        print(name, "got", item)
        q.task_done()


async def main():
    print("has QueueShutDown:", hasattr(asyncio, "QueueShutDown"))
    q = asyncio.Queue()
    try:
        q.shutdown
    except AttributeError as error:
        print("AttributeError:", error)
        return
    workers = [asyncio.create_task(consumer(q, f"c{i}")) for i in (1, 2)]
    for item in range(3):
        q.put_nowait(item)
    await asyncio.sleep(0)
    q.shutdown()
    try:
        q.put_nowait(99)
    except asyncio.QueueShutDown:
        print("put after shutdown: QueueShutDown")
    await asyncio.gather(*workers)
    await q.join()
    print("joined; repr ends with shutdown:", repr(q).endswith("shutdown>"))


asyncio.run(main())
