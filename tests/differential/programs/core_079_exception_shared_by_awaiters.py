import asyncio


async def failing():
    await asyncio.sleep(0.01)
    raise ValueError("shared")


async def awaiter(t, name, box):
    try:
        await t
    except ValueError as e:
        box.append(e)
        print(name, "got", repr(e))


async def main():
    t = asyncio.create_task(failing())
    box = []
    await asyncio.gather(awaiter(t, "a", box), awaiter(t, "b", box))
    print("same object:", box[0] is box[1], box[0] is t.exception())


asyncio.run(main())
