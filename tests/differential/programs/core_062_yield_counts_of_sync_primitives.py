import asyncio

ticks = 0


async def ticker():
    global ticks
    while True:
        ticks += 1
        await asyncio.sleep(0)


async def measure(label, make):
    before = ticks
    await make()
    print(f"{label}: {ticks - before}")


async def main():
    t = asyncio.create_task(ticker())
    await asyncio.sleep(0)
    lock = asyncio.Lock()
    ev = asyncio.Event()
    ev.set()
    sem = asyncio.Semaphore(3)
    q = asyncio.Queue()
    cond = asyncio.Condition()

    await measure("lock.acquire free", lock.acquire)
    lock.release()
    await measure("event.wait set", ev.wait)
    await measure("semaphore.acquire free", sem.acquire)
    await measure("queue.put unbounded", lambda: q.put(1))
    await measure("queue.get non-empty", q.get)
    q.task_done()
    await measure("queue.join nothing unfinished", q.join)
    await measure("condition.acquire", cond.acquire)
    cond.release()

    async def in_timeout():
        async with asyncio.timeout(1):
            pass

    await measure("timeout block without await", in_timeout)

    async def empty_group():
        async with asyncio.TaskGroup():
            pass

    await measure("empty TaskGroup", empty_group)

    async def group_one():
        async with asyncio.TaskGroup() as tg:
            tg.create_task(asyncio.sleep(0))

    await measure("TaskGroup with sleep(0) child", group_one)
    t.cancel()


asyncio.run(main())
