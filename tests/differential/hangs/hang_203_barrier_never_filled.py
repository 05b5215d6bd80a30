import asyncio


async def party(name, barrier):
    print(name, "waits at the barrier")
    await barrier.wait()
    print(name, "passed")


async def main():
    barrier = asyncio.Barrier(3)
    await asyncio.gather(party("a", barrier), party("b", barrier))


asyncio.run(main())
