"""The docs' wait_for(eternity(), 1.0) example and the Future example whose value a task sets later."""
import asyncio


async def eternity():
    await asyncio.sleep(3600)
    print("yay!")


async def set_after(fut, delay, value):
    await asyncio.sleep(delay)
    fut.set_result(value)


async def main():
    try:
        await asyncio.wait_for(eternity(), timeout=0.1)
    except TimeoutError:
        print("timeout!")
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    loop.create_task(set_after(fut, 0.1, "... world"))
    print("hello ...")
    print(await fut)
    fut2 = loop.create_future()
    loop.call_later(0.1, fut2.set_result, "from call_later")
    print(await asyncio.wait_for(fut2, 1))


asyncio.run(main())
