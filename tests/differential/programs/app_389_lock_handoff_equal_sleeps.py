"""Three tasks share a Lock, each holds it 0.02 s and then rests 0.02 s."""
import asyncio


async def user(name, lock, rounds):
    for r in range(rounds):
        async with lock:
            print(f"{name} has the lock (round {r})")
            await asyncio.sleep(0.02)
        await asyncio.sleep(0.02)


async def main():
    lock = asyncio.Lock()
    await asyncio.gather(user("A", lock, 2), user("B", lock, 2), user("C", lock, 2))
    print("done")


asyncio.run(main())
