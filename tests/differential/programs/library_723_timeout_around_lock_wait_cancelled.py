"""A task waiting for a Lock inside asyncio.timeout: the timeout cancels the wait, the task does not get
the lock, and the next waiter gets it when the holder releases."""
import asyncio

async def holder(lock):
    async with lock:
        print("holder has the lock")
        await asyncio.sleep(0.5)
    print("holder released")

async def impatient(lock):
    try:
        async with asyncio.timeout(0.2):
            async with lock:
                print("impatient got it")
    except TimeoutError:
        print("impatient gave up, locked:", lock.locked())

async def patient(lock):
    async with lock:
        print("patient got it")

async def main():
    lock = asyncio.Lock()
    await asyncio.gather(holder(lock), impatient(lock), patient(lock))

asyncio.run(main())
