import asyncio


async def single(total):
    await asyncio.sleep(total)
    print("single sleep of", total, "done")


async def chain(n, step):
    for _ in range(n):
        await asyncio.sleep(step)
    print(n, "sleeps of", step, "done")


async def main():
    # Real asyncio: every step of the chain resumes a little after its
    # deadline, so a chain never overtakes a single sleep started earlier.
    await asyncio.gather(single(0.05), chain(5, 0.01))
    await asyncio.gather(single(0.03), chain(3, 0.01))


asyncio.run(main())
