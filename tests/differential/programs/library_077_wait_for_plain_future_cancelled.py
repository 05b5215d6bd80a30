import asyncio


async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    try:
        await asyncio.wait_for(fut, timeout=0.01)
    except TimeoutError:
        print("timeout; plain future cancelled:", fut.cancelled())
    fut2 = loop.create_future()
    done, pending = await asyncio.wait([fut2], timeout=0.01)
    print("wait() leaves it alone:", len(done), len(pending), fut2.cancelled())


asyncio.run(main())
