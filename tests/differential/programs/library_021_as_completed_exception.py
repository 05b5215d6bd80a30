import asyncio


async def job(name, d, fail=False):
    await asyncio.sleep(d)
    if fail:
        raise LookupError(name)
    return name


async def main():
    for fut in asyncio.as_completed([job("x", 0.03), job("y", 0.01, fail=True), job("z", 0.02)]):
        try:
            print("ok", await fut)
        except LookupError as e:
            print("failed", e)


asyncio.run(main())
