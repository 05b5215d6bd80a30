import asyncio

try:
    asyncio.get_running_loop()
except RuntimeError as e:
    print("outside:", e)


async def main():
    loop = asyncio.get_running_loop()
    print("same loop:", asyncio.get_event_loop() is loop)
    print("running:", loop.is_running())
    f = asyncio.ensure_future(asyncio.sleep(0, result="ef"))
    print("ensure_future gives task:", isinstance(f, asyncio.Task))
    fut = loop.create_future()
    print("ensure_future on future is identity:", asyncio.ensure_future(fut) is fut)
    fut.cancel()
    print(await f)
    print("isfuture:", asyncio.isfuture(fut), asyncio.isfuture(f), asyncio.isfuture(1))
    print("iscoroutine:", asyncio.iscoroutine(main()), asyncio.iscoroutinefunction(main))


asyncio.run(main())
