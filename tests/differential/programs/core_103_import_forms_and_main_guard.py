from asyncio import Queue, Lock, create_task, gather, sleep, run
from asyncio.exceptions import CancelledError, InvalidStateError
import asyncio.tasks
import asyncio.queues
import asyncio.locks


async def worker(q: Queue, lock: Lock):
    async with lock:
        item = await q.get()
        await sleep(0)
        return item * 2


async def main():
    q = asyncio.queues.Queue()
    for i in range(3):
        q.put_nowait(i)
    lock = asyncio.locks.Lock()
    results = await gather(*(create_task(worker(q, lock)) for _ in range(3)))
    print(results)
    print(CancelledError is asyncio.CancelledError, InvalidStateError is asyncio.InvalidStateError)
    print(asyncio.tasks.current_task() is asyncio.current_task())
    print(len(asyncio.tasks.all_tasks()))


if __name__ == "__main__":
    run(main())
else:
    print("not run as __main__:", __name__)
