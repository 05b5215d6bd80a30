import asyncio


async def main():
    print("main cancels itself")
    asyncio.current_task().cancel()
    try:
        await asyncio.sleep(0.01)
    finally:
        print("main finally")
    print("not reached")


asyncio.run(main())
