import asyncio
import warnings

warnings.simplefilter("ignore")
r = asyncio.StreamReader()
r.feed_data(b"ready\nlater")


async def main():
    print(await r.readline())
    print(await r.read(2))
    try:
        await asyncio.wait_for(r.read(10), 0.05)
    except RuntimeError as e:
        print("RuntimeError", "attached to a different loop" in str(e))


asyncio.run(main())
