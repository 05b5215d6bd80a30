import asyncio

lock = asyncio.Lock()


async def contend():
    async def holder():
        async with lock:
            await asyncio.sleep(0.01)

    t = asyncio.create_task(holder())
    await asyncio.sleep(0)
    async with lock:
        print("acquired after waiting")
    await t


asyncio.run(contend())
try:
    asyncio.run(contend())
except RuntimeError as e:
    print("RuntimeError:", str(e).split("> ")[-1])
