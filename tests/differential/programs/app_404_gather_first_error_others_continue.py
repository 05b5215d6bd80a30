"""gather() without return_exceptions: the first error propagates, the others keep running."""
import asyncio


async def task(name, delay, fail=False):
    await asyncio.sleep(delay)
    if fail:
        raise RuntimeError(f"{name} failed")
    print(f"{name} completed")
    return name


async def main():
    try:
        await asyncio.gather(task("a", 0.01), task("b", 0.02, fail=True), task("c", 0.04))
    except RuntimeError as exc:
        print("caught:", exc)
    print("main continues; c is still running in the background")
    await asyncio.sleep(0.03)
    print("main done")


asyncio.run(main())
