"""wait_for with the same timeout as the job's sleep, in three shapes: the job's own sleep, a job started
before, a job started after the wait began; which wins a tie is decided by which deadline was set first."""
import asyncio

async def job(d, name):
    await asyncio.sleep(d)
    return name

async def main():
    try:
        print(await asyncio.wait_for(job(1, "inline"), 1))
    except TimeoutError:
        print("inline timed out")
    t = asyncio.create_task(job(1, "started before"))
    await asyncio.sleep(0)
    try:
        print(await asyncio.wait_for(t, 1))
    except TimeoutError:
        print("started-before timed out")
    t2 = asyncio.create_task(job(1, "created before, not started"))
    try:
        print(await asyncio.wait_for(t2, 1))
    except TimeoutError:
        print("created-before timed out")

asyncio.run(main())
