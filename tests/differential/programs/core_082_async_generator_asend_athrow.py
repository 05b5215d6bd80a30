import asyncio


async def accumulator():
    total = 0
    try:
        while True:
            try:
                value = yield total
            except KeyError as e:
                print("generator caught", repr(e))
                value = 100
            await asyncio.sleep(0)
            total += value
    finally:
        print("accumulator closing at", total)


async def stubborn():
    try:
        yield 1
    finally:
        yield 2


async def main():
    agen = accumulator()
    print(await agen.asend(None))
    print(await agen.asend(5))
    print(await agen.athrow(KeyError("k")))
    await agen.aclose()
    s = stubborn()
    print(await s.__anext__())
    try:
        await s.aclose()
    except RuntimeError as e:
        print("RuntimeError:", e)


asyncio.run(main())
