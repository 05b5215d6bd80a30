import asyncio


async def main():
    ev = asyncio.Event()
    print("waiting with an infinite timeout")
    try:
        await asyncio.wait_for(ev.wait(), timeout=float("inf"))
    except TimeoutError:
        print("timed out?!")


asyncio.run(main())
