import asyncio


async def job(name, d, fail=False):
    await asyncio.sleep(d)
    if fail:
        raise ValueError(name)
    return name


async def main():
    tasks = [
        asyncio.create_task(job("ok1", 0.01)),
        asyncio.create_task(job("bad", 0.02, fail=True)),
        asyncio.create_task(job("ok2", 0.04)),
    ]
    done, pending = await asyncio.wait(tasks, return_when=asyncio.FIRST_EXCEPTION)
    print(len(done), len(pending))
    print(sorted(repr(t.exception()) for t in done))
    done2, pending2 = await asyncio.wait(pending, return_when=asyncio.FIRST_EXCEPTION)
    print(len(done2), len(pending2), [t.result() for t in done2])


asyncio.run(main())
