import asyncio


async def quick(name):
    await asyncio.sleep(0)
    return name


async def main():
    tasks = [asyncio.create_task(quick(n)) for n in ("a", "b", "c")]
    slow = asyncio.create_task(asyncio.sleep(0.02))
    done, pending = await asyncio.wait(tasks + [slow], return_when=asyncio.FIRST_COMPLETED)
    print("done:", len(done), "pending:", len(pending))
    await slow


asyncio.run(main())
