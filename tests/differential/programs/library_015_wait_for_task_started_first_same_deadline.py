import asyncio


async def job():
    await asyncio.sleep(0.02)
    return "made it"


async def main():
    t = asyncio.create_task(job())
    await asyncio.sleep(0)  # job's timer is scheduled before wait_for's
    try:
        print(await asyncio.wait_for(t, timeout=0.02))
    except asyncio.TimeoutError:
        print("timed out")
    # here wait_for's timer is scheduled first: the timeout wins
    try:
        print(await asyncio.wait_for(job(), timeout=0.02))
    except asyncio.TimeoutError:
        print("timed out")


asyncio.run(main())
