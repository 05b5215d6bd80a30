import asyncio


async def inner():
    return "inner"


async def main():
    coro = inner()
    try:
        asyncio.run(coro)
    except RuntimeError as e:
        print("RuntimeError:", e)
    print("awaiting it instead:", await coro)
    try:
        asyncio.get_running_loop().run_until_complete(inner())
    except RuntimeError as e:
        print("RuntimeError:", e)


asyncio.run(main())
