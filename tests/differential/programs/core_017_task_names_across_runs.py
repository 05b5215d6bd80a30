import asyncio


async def main(tag):
    t = asyncio.create_task(asyncio.sleep(0))
    await t
    print(tag, asyncio.current_task().get_name(), t.get_name())


asyncio.run(main("first"))
asyncio.run(main("second"))
