import asyncio


async def important():
    print("important started")
    await asyncio.sleep(0.03)
    print("important finished")
    return "saved"


async def main():
    inner = asyncio.create_task(important())
    outer = asyncio.shield(inner)
    await asyncio.sleep(0.01)
    print("cancel outer:", outer.cancel())
    try:
        await outer
    except asyncio.CancelledError:
        print("outer cancelled; inner done?", inner.done())
    print("inner result:", await inner)


asyncio.run(main())
