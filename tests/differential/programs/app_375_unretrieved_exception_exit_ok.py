"""A background task fails but nobody awaits it: the program still exits 0 (the error goes to stderr)."""
import asyncio


async def flaky():
    await asyncio.sleep(0.01)
    print("flaky task about to fail")
    raise ValueError("nobody will see this on stdout")


async def main():
    t = asyncio.create_task(flaky())
    await asyncio.sleep(0.03)
    print("main sees done =", t.done())
    print("main finishing without looking at the exception")


asyncio.run(main())
print("exit normally")
