"""repr of asyncio.timeout's context manager before entering, while active (its deadline, relative to the
start here: the repr shows the loop's clock), after expiring and after an in-time exit, and with no
deadline."""
import asyncio

async def main():
    loop = asyncio.get_running_loop()
    cm = asyncio.timeout(0.5)
    print(repr(cm))
    start = loop.time()
    async with cm:
        state, when = repr(cm).split(" when=")
        print(state, "when=start+" + str(round(float(when[:-1]) - start, 1)))
    print(repr(cm))
    try:
        async with asyncio.timeout_at(loop.time() + 0.25) as cm2:
            await asyncio.sleep(1)
    except TimeoutError:
        print(repr(cm2))
    async with asyncio.timeout(None) as cm3:
        print(repr(cm3))
    try:
        async with cm:
            pass
    except RuntimeError as e:
        print("reuse:", e)

asyncio.run(main())
