import asyncio


async def main():
    sem = asyncio.Semaphore(0)
    log = []

    async def acq(name):
        await sem.acquire()
        log.append(name)

    a = asyncio.create_task(acq("a"))
    b = asyncio.create_task(acq("b"))
    c = asyncio.create_task(acq("c"))
    await asyncio.sleep(0)
    sem.release()
    a.cancel()
    await asyncio.sleep(0)
    print("after cancel of woken a:", log, sem._value, a.cancelled())
    await asyncio.sleep(0)
    print(log, sem._value)
    sem.release()
    sem.release()
    print("newcomer blocked?", sem.locked())
    await asyncio.sleep(0)
    print(log, sem._value)
    bs = asyncio.BoundedSemaphore(2)
    await bs.acquire()
    bs.release()
    try:
        bs.release()
    except ValueError as e:
        print("ValueError:", e)
    try:
        asyncio.Semaphore(-1)
    except ValueError as e:
        print("ValueError:", e)


asyncio.run(main())
