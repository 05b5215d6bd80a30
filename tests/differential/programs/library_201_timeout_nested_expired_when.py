import asyncio


async def main():
    loop = asyncio.get_running_loop()
    t0 = loop.time()
    try:
        async with asyncio.timeout(0.05) as outer:
            try:
                async with asyncio.timeout(0.02) as inner:
                    print("inner when", round(inner.when() - t0, 3))
                    await asyncio.sleep(1)
            except TimeoutError:
                print("inner expired", inner.expired(), "outer expired", outer.expired())
            await asyncio.sleep(1)
    except TimeoutError as e:
        print("outer expired", outer.expired(), repr(e), type(e.__cause__).__name__)
    print("elapsed", round(loop.time() - t0, 2))
    async with asyncio.timeout(None) as cm:
        print("when None", cm.when(), cm.expired())
        await asyncio.sleep(0.01)
    print("no timeout expired", cm.expired())
    try:
        async with asyncio.timeout(0.01) as a:
            async with asyncio.timeout(0.03) as b:
                await asyncio.sleep(1)
    except TimeoutError:
        print("outer fires first: a", a.expired(), "b", b.expired())
    async with asyncio.timeout(0.02) as c:
        await asyncio.sleep(0.01)
    print("finished early expired", c.expired())


asyncio.run(main())
