# changes: none
# Every version: Condition waiters notified one by one, and a wait_for() with a predicate, wake in order
# (3.13 passes a notification on only for a wait that fails); a callback without arguments shows as
# "name()" in a handle's repr, as on 3.13 where arguments are hidden.
import asyncio
import functools


async def waiter(condition, name, log):
    async with condition:
        await condition.wait()
        log.append(name)


async def main():
    loop = asyncio.get_running_loop()
    condition = asyncio.Condition()
    log = []
    waiters = [asyncio.create_task(waiter(condition, name, log)) for name in "abc"]
    await asyncio.sleep(0)
    for _ in range(3):
        async with condition:
            condition.notify()
        await asyncio.sleep(0)
    await asyncio.gather(*waiters)
    print("woken in order:", log)

    items = []

    async def consumer():
        async with condition:
            await condition.wait_for(lambda: len(items) >= 2)
            print("consumer sees", items)

    task = asyncio.create_task(consumer())
    for item in (1, 2):
        await asyncio.sleep(0.01)
        async with condition:
            items.append(item)
            condition.notify_all()
    await task

    print(repr(loop.call_soon(print)))
    print(repr(loop.call_soon(functools.partial(print))))
    handle = loop.call_later(10, print)
    handle.cancel()
    print(repr(handle).split(" when=")[0])


asyncio.run(main())
