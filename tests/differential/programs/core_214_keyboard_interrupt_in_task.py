import asyncio


async def child():
    await asyncio.sleep(0.01)
    print("raising KeyboardInterrupt")
    raise KeyboardInterrupt


async def main():
    t = asyncio.create_task(child())
    try:
        await asyncio.sleep(0.05)
    finally:
        print("main finally", t.done())


try:
    asyncio.run(main())
except KeyboardInterrupt:
    print("caught KeyboardInterrupt outside")
try:
    asyncio.run(main())
except BaseException as e:
    print("second run:", type(e).__name__)
