import asyncio


async def body():
    try:
        await asyncio.sleep(0.05)
    except asyncio.CancelledError as e:
        print("inside args:", e.args)
        raise


async def main():
    t = asyncio.create_task(body())
    await asyncio.sleep(0)
    t.cancel("stop now")
    try:
        await t
    except asyncio.CancelledError as e:
        print("outside args:", e.args)
    t2 = asyncio.create_task(body())
    t2.cancel("before start")
    try:
        await t2
    except asyncio.CancelledError as e:
        print("outside args 2:", e.args)
    t3 = asyncio.create_task(body())
    await asyncio.sleep(0)
    t3.cancel()
    try:
        await t3
    except asyncio.CancelledError as e:
        print("outside args 3:", e.args)


asyncio.run(main())
