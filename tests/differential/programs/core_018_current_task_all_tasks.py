import asyncio


async def sleeper(d):
    await asyncio.sleep(d)


async def main():
    me = asyncio.current_task()
    print("current is main:", me is asyncio.current_task())
    print("all tasks:", len(asyncio.all_tasks()))
    t1 = asyncio.create_task(sleeper(0.01))
    t2 = asyncio.create_task(sleeper(0.03))
    print("after create:", len(asyncio.all_tasks()), me in asyncio.all_tasks())
    await t1
    print("after t1:", len(asyncio.all_tasks()))
    await t2
    print("after t2:", len(asyncio.all_tasks()))
    print("outside-loop current_task raises:", end=" ")


asyncio.run(main())
try:
    asyncio.current_task()
except RuntimeError as e:
    print(e)
