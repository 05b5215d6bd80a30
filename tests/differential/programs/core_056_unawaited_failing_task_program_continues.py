import asyncio


async def fails():
    print("fails starts")
    raise ValueError("nobody looks at me")


async def main():
    t = asyncio.create_task(fails())
    await asyncio.sleep(0.01)
    print("task done:", t.done(), "exception:", repr(t.exception()))
    t2 = asyncio.create_task(fails())
    await asyncio.sleep(0.01)
    print("main still fine")
    del t2


asyncio.run(main())
print("exit normally")
