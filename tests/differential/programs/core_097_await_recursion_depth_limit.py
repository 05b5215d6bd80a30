import asyncio


async def depth(n):
    try:
        return await depth(n + 1)
    except RecursionError:
        return n


async def main():
    # every nested await of a coroutine is one more Python frame
    print("max await depth:", await depth(0))


asyncio.run(main())
