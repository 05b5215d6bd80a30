"""shield() protects a critical save from a caller's timeout."""
import asyncio

saved = []


async def save(record):
    print(f"saving {record}...")
    await asyncio.sleep(0.05)
    saved.append(record)
    print(f"saved {record}")


async def handler(record):
    try:
        await asyncio.wait_for(asyncio.shield(save(record)), timeout=0.02)
    except asyncio.TimeoutError:
        print(f"handler for {record} timed out, but the save continues")


async def main():
    await handler("order-1")
    print("saved so far:", saved)
    await asyncio.sleep(0.04)
    print("saved after waiting:", saved)


asyncio.run(main())
