"""@asynccontextmanager: an exception in the block reaches the generator; suppressing it; a generator that yields twice."""
import asyncio
import contextlib


@contextlib.asynccontextmanager
async def transaction(name, swallow=False):
    print(f"{name}: begin")
    await asyncio.sleep(0.01)
    try:
        yield name.upper()
    except KeyError as e:
        print(f"{name}: rollback because of {e!r}")
        if not swallow:
            raise
    else:
        print(f"{name}: commit")
    finally:
        await asyncio.sleep(0.01)
        print(f"{name}: closed")


@contextlib.asynccontextmanager
async def broken():
    yield 1
    yield 2


class Resource:
    async def __aenter__(self):
        print("Resource: enter")
        return self

    async def __aexit__(self, exc_type, exc, tb):
        print("Resource: exit with", exc_type.__name__ if exc_type else None)
        return exc_type is ZeroDivisionError


async def main():
    async with transaction("t1") as t:
        print("inside", t)
    try:
        async with transaction("t2"):
            raise KeyError("missing")
    except KeyError:
        print("t2's error reached main")
    async with transaction("t3", swallow=True):
        raise KeyError("swallowed")
    print("after t3")
    try:
        async with broken():
            pass
    except RuntimeError as e:
        print("RuntimeError:", e)
    async with Resource():
        1 / 0
    print("ZeroDivisionError suppressed by __aexit__")


asyncio.run(main())
