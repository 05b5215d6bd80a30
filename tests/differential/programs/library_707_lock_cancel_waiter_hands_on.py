"""Three tasks wait on a Lock; the first waiter is cancelled while waiting: the lock goes to the next in
line, and locked() stays true until everyone is through."""
import asyncio

async def user(lock, name, hold):
    try:
        async with lock:
            print(name, "has it")
            await asyncio.sleep(hold)
        print(name, "released")
    except asyncio.CancelledError:
        print(name, "cancelled while waiting")

async def main():
    lock = asyncio.Lock()
    await lock.acquire()
    ts = [asyncio.create_task(user(lock, n, 0.1)) for n in "abc"]
    await asyncio.sleep(0)
    ts[0].cancel()
    await asyncio.sleep(0)
    lock.release()
    print("released by main, locked:", lock.locked())
    await asyncio.gather(*ts)
    print("locked at end:", lock.locked())

asyncio.run(main())
