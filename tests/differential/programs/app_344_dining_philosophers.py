"""Dining philosophers with ordered lock acquisition (no deadlock)."""
import asyncio


async def philosopher(name, left, right, meals, log):
    first, second = sorted([left, right], key=id_of)
    for meal in range(meals):
        async with first[1]:
            async with second[1]:
                log.append(name)
                print(f"{name} eats meal {meal + 1} with forks {first[0]} and {second[0]}")
                await asyncio.sleep(0.01)
        await asyncio.sleep(0.005)


def id_of(fork):
    return fork[0]


async def main():
    forks = [(i, asyncio.Lock()) for i in range(5)]
    names = ["Plato", "Kant", "Hume", "Locke", "Marx"]
    log = []
    await asyncio.gather(*(philosopher(n, forks[i], forks[(i + 1) % 5], 2, log) for i, n in enumerate(names)))
    print("meals eaten:", {n: log.count(n) for n in names})


asyncio.run(main())
