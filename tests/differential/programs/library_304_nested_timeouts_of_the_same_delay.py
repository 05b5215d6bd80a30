"""Two timeouts of the same delay, one inside the other: the outer one read the clock first, so it expires
first and raises TimeoutError, while the inner one, which expired too, lets the cancellation through (the
task was cancelled twice). Then four tasks each give a sleep(0.1) a timeout(0.1) read just before it: every
timeout fires first."""
import asyncio

async def main():
    loop = asyncio.get_running_loop()
    try:
        async with asyncio.timeout(0.2) as outer:
            try:
                async with asyncio.timeout(0.2) as inner:
                    await asyncio.sleep(1)
            except TimeoutError:
                print("inner raised", outer.expired(), inner.expired())
                raise
    except TimeoutError:
        print("outer raised", outer.expired(), inner.expired())
    results = []
    async def guarded(name):
        try:
            async with asyncio.timeout(0.1):
                await asyncio.sleep(0.1)
            results.append(f"{name} ok")
        except TimeoutError:
            results.append(f"{name} timeout")
    await asyncio.gather(*(guarded(n) for n in "abcd"))
    print(results)

asyncio.run(main())
