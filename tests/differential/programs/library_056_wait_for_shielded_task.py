import asyncio


async def job():
    await asyncio.sleep(0.03)
    print("job finished")
    return "job result"


async def main():
    t = asyncio.create_task(job())
    try:
        await asyncio.wait_for(asyncio.shield(t), timeout=0.01)
    except asyncio.TimeoutError:
        print("timed out, task cancelled?", t.cancelled())
    print(await t)


asyncio.run(main())
