import asyncio


async def main():
    loop = asyncio.get_running_loop()
    a_ready = loop.create_future()
    b_ready = loop.create_future()

    async def a():
        print("a waits for b")
        await b_ready
        a_ready.set_result(None)

    async def b():
        print("b waits for a")
        await a_ready
        b_ready.set_result(None)

    await asyncio.gather(a(), b())
    print("never printed")


asyncio.run(main())
