import asyncio


async def other():
    print("other runs")


async def main():
    loop = asyncio.get_running_loop()
    t = asyncio.create_task(other())
    fut = loop.create_future()
    fut.set_result(1)
    print("awaiting done future")
    v = await fut
    print("got", v, "other done?", t.done())
    v = await fut
    print("again", v, "other done?", t.done())
    await asyncio.sleep(0)
    print("after sleep(0), other done?", t.done())


asyncio.run(main())
