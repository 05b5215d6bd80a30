import asyncio


async def leftover():
    try:
        await asyncio.sleep(0.05)
    finally:
        print("leftover finally runs before the traceback")


async def main():
    asyncio.create_task(leftover())
    await asyncio.sleep(0.01)
    print("main raising")
    raise LookupError("main failed")


asyncio.run(main())
