import asyncio


async def body():
    print("body started")
    return 1


async def main():
    try:
        await asyncio.wait_for(body(), timeout=0)
    except asyncio.TimeoutError:
        print("TimeoutError with timeout=0")
    try:
        await asyncio.wait_for(body(), timeout=-1)
    except asyncio.TimeoutError:
        print("TimeoutError with timeout=-1")
    print(await asyncio.wait_for(body(), timeout=0.01))


asyncio.run(main())
