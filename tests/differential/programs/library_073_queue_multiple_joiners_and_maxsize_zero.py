import asyncio


async def joiner(q, name):
    await q.join()
    print(name, "join returned")


async def main():
    q = asyncio.Queue(maxsize=0)
    for i in range(3):
        q.put_nowait(i)
    js = [asyncio.create_task(joiner(q, n)) for n in ("j1", "j2")]
    await asyncio.sleep(0)
    for i in range(3):
        q.get_nowait()
        q.task_done()
        print("task_done", i)
        await asyncio.sleep(0)
    await asyncio.gather(*js)
    print("full with maxsize 0:", q.full())


asyncio.run(main())
