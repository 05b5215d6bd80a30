"""AsyncExitStack opening several resources; one fails to open and the others are closed."""
import asyncio
import contextlib


@contextlib.asynccontextmanager
async def resource(name, fail=False):
    await asyncio.sleep(0.01)
    if fail:
        raise OSError(f"cannot open {name}")
    print(f"open {name}")
    try:
        yield name.upper()
    finally:
        await asyncio.sleep(0.005)
        print(f"close {name}")


async def main():
    async with contextlib.AsyncExitStack() as stack:
        handles = [await stack.enter_async_context(resource(n)) for n in ("db", "cache")]
        print("using", handles)
    print("---")
    try:
        async with contextlib.AsyncExitStack() as stack:
            for n in ("db", "cache", "queue"):
                await stack.enter_async_context(resource(n, fail=(n == "queue")))
    except OSError as exc:
        print("failed:", exc)


asyncio.run(main())
