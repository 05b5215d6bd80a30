import asyncio


async def numbers():
    try:
        for i in range(10):
            yield i
            await asyncio.sleep(0)
    finally:
        print("generator finally")


async def sleeper():
    try:
        await asyncio.sleep(0.05)
    finally:
        print("sleeper finally")


async def main():
    asyncio.create_task(sleeper())
    gen = numbers()
    async for v in gen:
        print("got", v)
        if v == 2:
            break
    print("main returns with the generator still open")
    keep.append(gen)


keep = []
asyncio.run(main())
print("after run")
