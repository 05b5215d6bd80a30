"""A program that dies partway with an uncaught exception from a gathered task."""
import asyncio


async def load(name, delay, fail=False):
    print(f"loading {name}")
    await asyncio.sleep(delay)
    if fail:
        raise ValueError(f"corrupt record in {name}")
    print(f"loaded {name}")
    return name


async def main():
    config = await load("config", 0.01)
    print("config ready:", config)
    data = await asyncio.gather(load("users", 0.02), load("orders", 0.03, fail=True), load("items", 0.05))
    print("never printed", data)


asyncio.run(main())
print("not reached either")
