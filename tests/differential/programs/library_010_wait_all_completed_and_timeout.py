import asyncio


async def job(d):
    await asyncio.sleep(d)
    return d


async def main():
    tasks = [asyncio.create_task(job(d)) for d in (0.01, 0.03, 0.05)]
    done, pending = await asyncio.wait(tasks, timeout=0.02)
    print("after timeout:", len(done), len(pending))
    done, pending = await asyncio.wait(tasks)
    print("all completed:", len(done), len(pending), sorted(t.result() for t in done))
    done, pending = await asyncio.wait(tasks, timeout=0)
    print("timeout 0 on done tasks:", len(done), len(pending))


asyncio.run(main())
