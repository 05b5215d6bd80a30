import asyncio


async def worker():
    try:
        await asyncio.sleep(1)
    finally:
        print("finally start")
        await asyncio.sleep(0.01)
        print("finally end")
    return "unreachable"


async def returns_in_finally():
    try:
        await asyncio.sleep(1)
    finally:
        return "swallowed cancellation"


async def main():
    t = asyncio.create_task(worker())
    await asyncio.sleep(0)
    t.cancel()
    await asyncio.sleep(0)
    print("cancelled yet?", t.cancelled(), t.done())
    try:
        await t
    except asyncio.CancelledError:
        print("worker cancelled")
    t2 = asyncio.create_task(returns_in_finally())
    await asyncio.sleep(0)
    t2.cancel()
    print(await t2, t2.cancelled())


asyncio.run(main())
