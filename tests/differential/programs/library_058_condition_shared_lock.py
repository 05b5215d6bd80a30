import asyncio


async def main():
    lock = asyncio.Lock()
    cond = asyncio.Condition(lock)
    items = []

    async def consumer():
        async with cond:
            print("consumer waits, lock released:", not lock.locked())
            await cond.wait_for(lambda: items)
            print("consumer got", items.pop(), "lock held:", lock.locked())

    c = asyncio.create_task(consumer())
    await asyncio.sleep(0)
    print("main sees lock:", lock.locked())
    async with lock:
        items.append("item")
        cond.notify()
        print("notified while holding lock")
        await asyncio.sleep(0)
        print("consumer cannot run yet:", not c.done())
    await c


asyncio.run(main())
