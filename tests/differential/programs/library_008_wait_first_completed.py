import asyncio


async def job(name, d):
    await asyncio.sleep(d)
    return name


async def main():
    tasks = [asyncio.create_task(job(n, d)) for n, d in (("a", 0.03), ("b", 0.01), ("c", 0.05))]
    done, pending = await asyncio.wait(tasks, return_when=asyncio.FIRST_COMPLETED)
    print(len(done), len(pending), sorted(t.result() for t in done))
    done, pending = await asyncio.wait(pending, return_when=asyncio.FIRST_COMPLETED)
    print(len(done), len(pending), sorted(t.result() for t in done))
    for t in pending:
        t.cancel()
    done, pending = await asyncio.wait(pending)
    print(len(done), len(pending), [t.cancelled() for t in done])


asyncio.run(main())
