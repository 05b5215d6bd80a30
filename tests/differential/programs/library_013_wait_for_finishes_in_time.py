import asyncio


async def quick():
    await asyncio.sleep(0.01)
    return "quick result"


async def main():
    print(await asyncio.wait_for(quick(), timeout=0.05))
    print(await asyncio.wait_for(quick(), timeout=None))
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    fut.set_result("already done")
    print(await asyncio.wait_for(fut, timeout=0))


asyncio.run(main())
