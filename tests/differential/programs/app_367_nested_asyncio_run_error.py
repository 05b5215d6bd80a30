"""A common beginner mistake: calling asyncio.run() from inside a coroutine."""
import asyncio


async def helper():
    await asyncio.sleep(0.01)
    return 42


def sync_api():
    # "I need the result synchronously..."
    return asyncio.run(helper())


async def main():
    try:
        print(sync_api())
    except RuntimeError as exc:
        print("RuntimeError:", exc)
    print("the right way:", await helper())
    return "main result"


print(asyncio.run(main()))
print("outside any loop:", sync_api())
