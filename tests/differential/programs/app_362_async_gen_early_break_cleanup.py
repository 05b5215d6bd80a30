"""Breaking out of `async for` early: the generator's finally runs when it is closed."""
import asyncio


async def paginate(api, pages):
    print(f"{api}: opening cursor")
    try:
        for page in range(1, pages + 1):
            await asyncio.sleep(0.01)
            yield [f"{api}-{page}-{i}" for i in range(2)]
    finally:
        print(f"{api}: closing cursor")


async def main():
    gen = paginate("users", 10)
    async for items in gen:
        print("got", items)
        if items[0].startswith("users-2"):
            break
    await gen.aclose()
    print("after explicit aclose")

    async for items in paginate("orders", 2):
        print("got", items)
    print("orders exhausted")

    leaked = paginate("logs", 5)
    print("first logs page:", await leaked.__anext__())
    print("main returns; asyncio.run finalizes the leaked generator")


asyncio.run(main())
