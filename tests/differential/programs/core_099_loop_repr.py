import asyncio


async def main():
    loop = asyncio.get_running_loop()
    print(loop)
    return loop


loop = asyncio.run(main())
print(loop)
