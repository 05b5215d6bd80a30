import asyncio


async def main():
    async with asyncio.timeout(0.05) as outer:
        try:
            async with asyncio.timeout(0.01) as inner:
                await asyncio.sleep(0.03)
        except TimeoutError:
            print("inner expired:", inner.expired(), "outer expired:", outer.expired())
        await asyncio.sleep(0.01)
        print("still inside outer")
    print("outer expired:", outer.expired())
    try:
        async with asyncio.timeout(0.01):
            async with asyncio.timeout(0.05):
                await asyncio.sleep(0.03)
    except TimeoutError:
        print("outer one fired")
    t = asyncio.current_task()
    print("cancelling count:", t.cancelling())


asyncio.run(main())
