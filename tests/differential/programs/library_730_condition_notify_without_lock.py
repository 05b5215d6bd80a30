"""Condition methods that need the lock raise RuntimeError without it: notify, notify_all and wait; a
Condition made on a given Lock shares it."""
import asyncio

async def main():
    cond = asyncio.Condition()
    for name in ("notify", "notify_all"):
        try:
            getattr(cond, name)()
        except RuntimeError as e:
            print(name, "->", e)
    try:
        await cond.wait()
    except RuntimeError as e:
        print("wait ->", e)
    lock = asyncio.Lock()
    c2 = asyncio.Condition(lock)
    async with lock:
        print("c2 locked:", c2.locked())
        c2.notify()
    print("c2 locked after:", c2.locked())

asyncio.run(main())
