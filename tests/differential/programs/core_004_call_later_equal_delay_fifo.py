import asyncio


async def main():
    loop = asyncio.get_running_loop()
    out = []
    for i in range(7):
        loop.call_later(0.01, out.append, i)
    await asyncio.sleep(0.03)
    print(out)


asyncio.run(main())
