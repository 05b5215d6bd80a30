"""wait_for with timeout None waits as long as it takes; timeout 0 on an already-finished task returns its
result; timeout 0 on a pending one raises TimeoutError and cancels it."""
import asyncio

async def job(n, d):
    await asyncio.sleep(d)
    return n

async def main():
    print(await asyncio.wait_for(job(1, 2), None))
    t = asyncio.create_task(job(2, 0))
    await asyncio.sleep(0.01)
    print(await asyncio.wait_for(t, 0))
    t3 = asyncio.create_task(job(3, 1))
    try:
        await asyncio.wait_for(t3, 0)
    except TimeoutError:
        print("timeout; t3 cancelled:", t3.cancelled())

asyncio.run(main())
