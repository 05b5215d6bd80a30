import asyncio


async def child(name):
    print("child", name, "starts")
    await asyncio.sleep(0)
    print("child", name, "resumes")
    return name


async def main():
    print("main creates tasks")
    t1 = asyncio.create_task(child("one"))
    t2 = asyncio.create_task(child("two"))
    print("main created tasks")
    t3 = asyncio.create_task(child("three"))
    print("main yields")
    await asyncio.sleep(0)
    print("main back")
    print(await t1, await t2, await t3)


asyncio.run(main())
