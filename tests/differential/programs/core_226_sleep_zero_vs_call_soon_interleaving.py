import asyncio


async def task(name, n):
    for i in range(n):
        print(name, i)
        await asyncio.sleep(0)


async def main():
    loop = asyncio.get_running_loop()
    a = asyncio.create_task(task("a", 3))
    loop.call_soon(print, "cb1")
    b = asyncio.create_task(task("b", 2))
    loop.call_soon(print, "cb2")
    print("main before yield")
    await asyncio.sleep(0)
    print("main after yield 1")
    loop.call_soon(print, "cb3")
    await asyncio.sleep(0)
    print("main after yield 2")
    await a
    print("main after a")
    await b
    print("main after b (no yield)")


asyncio.run(main())
