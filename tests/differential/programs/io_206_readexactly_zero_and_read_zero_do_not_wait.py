import asyncio


async def other():
    print("other task runs")


async def main():
    r = asyncio.StreamReader()
    asyncio.create_task(other())
    print("readexactly(0):", await r.readexactly(0))
    print("read(0):", await r.read(0))
    print("at_eof:", r.at_eof())
    await asyncio.sleep(0)
    r.set_exception(ValueError("broken"))
    try:
        await r.read(0)
    except ValueError as e:
        print("read(0) raised", e)
    try:
        await r.readexactly(0)
    except ValueError as e:
        print("readexactly(0) raised", e)
    print("exception():", r.exception())


asyncio.run(main())
