import asyncio


async def main():
    fut = asyncio.get_running_loop().create_future()
    fut.set_result("once")
    print("first set ok")
    fut.set_result("twice")
    print("not reached")


asyncio.run(main())
