import asyncio


async def leftover():
    try:
        await asyncio.sleep(0.05)
    except asyncio.CancelledError:
        print("leftover cancelled, cleaning up")
        await asyncio.sleep(0.01)
        print("leftover cleanup done")
        return "swallowed"


async def never_started():
    print("never_started body")


async def main():
    asyncio.create_task(leftover())
    await asyncio.sleep(0)
    asyncio.create_task(never_started())
    print("main returns")


asyncio.run(main())
print("after run")
