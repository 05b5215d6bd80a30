import asyncio


async def other():
    print("other task ran")


async def main():
    loop = asyncio.get_running_loop()
    done_fut = loop.create_future()
    done_fut.set_result(1)
    pending_fut = loop.create_future()
    asyncio.create_task(other())
    print("calling wait")
    done, pending = await asyncio.wait([done_fut, pending_fut], return_when=asyncio.FIRST_COMPLETED)
    print("wait returned", len(done), len(pending))
    await asyncio.sleep(0)
    print("gather of done futures:")
    print(await asyncio.gather(done_fut, done_fut))


asyncio.run(main())
