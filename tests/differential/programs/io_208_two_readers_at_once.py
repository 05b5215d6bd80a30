import asyncio


async def reader_task(name, r):
    try:
        data = await r.read(10)
        print(name, "got", data)
    except RuntimeError as e:
        print(name, "RuntimeError:", e)


async def main():
    r = asyncio.StreamReader()
    t1 = asyncio.create_task(reader_task("t1", r))
    t2 = asyncio.create_task(reader_task("t2", r))
    await asyncio.sleep(0)
    print("feeding")
    r.feed_data(b"hello")
    await asyncio.gather(t1, t2)
    t3 = asyncio.create_task(r.readline())
    await asyncio.sleep(0)
    try:
        await r.readexactly(2)
    except RuntimeError as e:
        print("main RuntimeError:", e)
    r.feed_data(b"line\n")
    print(await t3)


asyncio.run(main())
