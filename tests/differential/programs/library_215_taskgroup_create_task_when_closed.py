import asyncio


async def noop():
    await asyncio.sleep(0)
    return "noop"


async def fails():
    raise ValueError("x")


async def main():
    tg = asyncio.TaskGroup()
    c = noop()
    try:
        tg.create_task(c)
    except RuntimeError as e:
        print("RuntimeError:", str(e).replace(repr(tg), "TG"))
    c.close()
    async with tg:
        t = tg.create_task(noop())
    print(t.result())
    c = noop()
    try:
        tg.create_task(c)
    except RuntimeError as e:
        print("RuntimeError:", str(e).replace(repr(tg), "TG"))
    c.close()
    try:
        async with tg:
            pass
    except RuntimeError as e:
        print("RuntimeError:", str(e).replace(repr(tg), "TG"))
    tg2 = asyncio.TaskGroup()
    try:
        async with tg2:
            tg2.create_task(fails())
            await asyncio.sleep(0.01)
    except* ValueError:
        print("caught")
    c = noop()
    try:
        tg2.create_task(c)
    except RuntimeError as e:
        print("RuntimeError:", str(e).replace(repr(tg2), "TG"))
    c.close()
    holder = []

    async def spawner(tg):
        await asyncio.sleep(0.01)
        c = noop()
        try:
            tg.create_task(c)
        except RuntimeError as e:
            c.close()
            print("spawner RuntimeError:", str(e).replace(repr(tg), "TG"))

    async with asyncio.TaskGroup() as tg3:
        tg3.create_task(fails()) if False else None
        holder.append(tg3)
    await spawner(holder[0])


asyncio.run(main())
