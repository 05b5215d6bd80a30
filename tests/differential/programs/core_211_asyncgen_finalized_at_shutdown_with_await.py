import asyncio


async def ticker(name):
    try:
        for i in range(10):
            yield i
    finally:
        print(name, "finally start")
        await asyncio.sleep(0.01)
        print(name, "finally end", asyncio.current_task() is not None)


async def main():
    g = ticker("g")
    async for v in g:
        print("g", v)
        if v == 1:
            break
    print("main returns")
    return g


keep = asyncio.run(main())
print("after run")
