import asyncio


async def main():
    loop = asyncio.get_running_loop()
    h = loop.call_later(30, print, "never")
    h.cancel()
    print("timer cancelled; awaiting a future nobody resolves")
    await loop.create_future()


asyncio.run(main())
