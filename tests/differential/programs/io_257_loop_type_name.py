import asyncio


async def main():
    loop = asyncio.get_running_loop()
    print(type(loop).__name__)
    print(type(loop).__module__)
    try:
        loop.no_such_method
    except AttributeError as e:
        print("AttributeError:", e)


asyncio.run(main())
