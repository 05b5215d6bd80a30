"""The docs' gather example: three factorials stepping one "second" at a time, interleaving at equal deadlines."""
import asyncio


async def factorial(name, number):
    f = 1
    for i in range(2, number + 1):
        print(f"Task {name}: Compute factorial({number}), currently i={i}...")
        await asyncio.sleep(0.1)
        f *= i
    print(f"Task {name}: factorial({number}) = {f}")
    return f


async def main():
    L = await asyncio.gather(
        factorial("A", 2),
        factorial("B", 3),
        factorial("C", 4),
    )
    print(L)
    L = await asyncio.gather(factorial("D", 4), factorial("E", 1), factorial("F", 3))
    print(L)


asyncio.run(main())
