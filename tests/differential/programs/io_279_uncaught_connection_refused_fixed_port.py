import asyncio


async def main():
    print("connecting to a port nobody listens on")
    reader, writer = await asyncio.open_connection("127.0.0.1", 1)
    print("never printed")


asyncio.run(main())
