# changes: eager_tasks, queue_shutdown
# A program written for every version asks sys.version_info which API it may use: eager tasks from
# 3.12, Queue.shutdown() from 3.13. Modelling a version, the program sees that version's number.
import asyncio
import platform
import sys


async def consumer(queue, log):
    while True:
        try:
            item = await queue.get()
        except Exception as error:  # QueueShutDown, from 3.13
            log.append(f"consumer stops: {type(error).__name__}")
            return
        if item is None:
            log.append("consumer stops: sentinel")
            return
        log.append(f"got {item}")


async def main():
    print("Python %d.%d" % sys.version_info[:2], "(3.12+)" if sys.version_info >= (3, 12) else "(before 3.12)")
    print(sys.version_info.major, sys.version_info.minor, hex(sys.hexversion >> 16), platform.python_version_tuple()[:2])
    if sys.version_info >= (3, 12):
        asyncio.get_running_loop().set_task_factory(asyncio.eager_task_factory)
    log = []
    queue = asyncio.Queue()
    task = asyncio.create_task(consumer(queue, log))
    log.append(f"created, done={task.done()}")
    for item in "ab":
        queue.put_nowait(item)
    if sys.version_info >= (3, 13):
        queue.shutdown()
    else:
        queue.put_nowait(None)
    await task
    print("\n".join(log))


asyncio.run(main())
