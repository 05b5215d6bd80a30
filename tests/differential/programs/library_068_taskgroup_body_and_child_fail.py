import asyncio


async def fail():
    await asyncio.sleep(0)
    raise KeyError("child")


async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(fail())
            try:
                await asyncio.sleep(0.05)
            except asyncio.CancelledError:
                print("body cancelled because a child failed")
                raise RuntimeError("body failed too")
    except* KeyError as eg:
        print("KeyError part:", [repr(e) for e in eg.exceptions])
    except* RuntimeError as eg:
        print("RuntimeError part:", [repr(e) for e in eg.exceptions])


asyncio.run(main())
