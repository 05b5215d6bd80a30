import asyncio


async def late(name):
    print("late task", name, "runs")
    await asyncio.sleep(0)
    print("late task", name, "step 2")


async def leftover():
    try:
        await asyncio.sleep(0.05)
    finally:
        print("leftover finally spawns a task")
        asyncio.get_running_loop().create_task(late("x"))


async def main():
    asyncio.create_task(leftover())
    await asyncio.sleep(0)
    print("main returns")


asyncio.run(main())
print("after run")
