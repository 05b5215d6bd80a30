"""main raises while a child task is still pending: asyncio.run cancels the child, which runs its finally
(with an await) before the program ends with main's error."""
import asyncio

async def child():
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        print("child cancelled, cleaning up")
        await asyncio.sleep(0.1)
        print("child cleanup done")
        raise

async def main():
    asyncio.create_task(child())
    await asyncio.sleep(0.1)
    print("main fails")
    raise LookupError("main failed")

asyncio.run(main())
