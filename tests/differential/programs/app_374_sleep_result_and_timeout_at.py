"""sleep(delay, result) as a fake API call; timeout_at with an absolute deadline for a batch."""
import asyncio


async def call(name, delay):
    return await asyncio.sleep(delay, result=f"{name} ok")


async def main():
    loop = asyncio.get_running_loop()
    deadline = loop.time() + 0.062
    done = []
    try:
        async with asyncio.timeout_at(deadline):
            for name, delay in [("auth", 0.01), ("profile", 0.02), ("feed", 0.012), ("ads", 0.03)]:
                done.append(await call(name, delay))
                print(done[-1], "- still before the deadline:", loop.time() < deadline)
    except TimeoutError:
        print("batch deadline hit")
    print(done)


asyncio.run(main())
