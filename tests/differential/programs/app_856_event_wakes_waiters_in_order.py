"""Subscribers wait on an Event: set() wakes them in the order they started waiting (Q&A thread)."""
import asyncio


async def subscriber(n, ev, log):
    print(f"sub {n} waiting")
    await ev.wait()
    log.append(n)
    print(f"sub {n} woke")


async def main():
    ev = asyncio.Event()
    log = []
    tasks = [asyncio.create_task(subscriber(n, ev, log)) for n in (3, 1, 2)]
    await asyncio.sleep(0.1)
    print("setting")
    ev.set()
    print("set returned, nobody woke yet:", log)
    await asyncio.gather(*tasks)
    print("wake order:", log)
    print("a late waiter does not block:", await ev.wait())
    ev.clear()
    waiter = asyncio.create_task(ev.wait())
    await asyncio.sleep(0)
    ev.set()
    ev.clear()
    print("set then clear at once still wakes the waiter:", await waiter)


asyncio.run(main())
