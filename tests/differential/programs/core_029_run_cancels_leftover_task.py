import asyncio


async def leftover():
    try:
        print("leftover waiting")
        await asyncio.sleep(0.05)
        print("not reached")
    except asyncio.CancelledError:
        print("leftover cancelled by asyncio.run")
        raise
    finally:
        print("leftover finally")


async def main():
    asyncio.create_task(leftover())
    await asyncio.sleep(0)
    print("main returns")
    return "main result"


print(asyncio.run(main()))
print("after run")
