import asyncio


async def once():
    await asyncio.sleep(0)
    return "value"


async def raises_stop():
    raise StopIteration("oops")


async def main():
    c = once()
    print(await c)
    try:
        await c
    except RuntimeError as e:
        print("RuntimeError:", e)
    t = asyncio.create_task(raises_stop())
    try:
        await t
    except RuntimeError as e:
        print("RuntimeError:", e, "| cause:", repr(e.__cause__))


asyncio.run(main())
