import asyncio


async def fail():
    await asyncio.sleep(0.01)
    raise ValueError("x")


async def main():
    tg = asyncio.TaskGroup()
    print(repr(tg))
    async with tg:
        print(repr(tg))
        tg.create_task(asyncio.sleep(0.01))
        tg.create_task(asyncio.sleep(0.02))
        print(repr(tg))
    print(repr(tg))
    tg2 = asyncio.TaskGroup()
    try:
        async with tg2:
            tg2.create_task(fail())
            tg2.create_task(asyncio.sleep(1))
            try:
                await asyncio.sleep(1)
            finally:
                print(repr(tg2))
    except* ValueError:
        print(repr(tg2))
    t = asyncio.timeout(None)
    print(repr(t))
    async with t:
        print(repr(t))
    print(repr(t))
    try:
        async with asyncio.timeout(0.01) as t2:
            await asyncio.sleep(1)
    except TimeoutError:
        print(repr(t2))


asyncio.run(main())
