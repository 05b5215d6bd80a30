import asyncio

loop = None


def a():
    print("a")
    loop.call_soon(a2)


def a2():
    print("a2")
    loop.call_soon(a3)


def a3():
    print("a3")


def b():
    print("b")


def c():
    print("c")


async def main():
    global loop
    loop = asyncio.get_running_loop()
    loop.call_soon(a)
    loop.call_soon(b)
    loop.call_soon(c)
    await asyncio.sleep(0)
    print("main after sleep(0)")
    await asyncio.sleep(0)
    print("main after second sleep(0)")


asyncio.run(main())
