import asyncio


async def main():
    lock = asyncio.Lock()
    async with lock:
        print("got the lock once")
        await asyncio.sleep(0.01)
        print("acquiring again (asyncio.Lock is not reentrant)")
        async with lock:
            print("never printed")


asyncio.run(main())
