"""A task turns a KeyError into a LookupError with `from None`; main awaits it and does not catch it: the
program exits with status 1 and the LookupError's line."""
import asyncio

async def lookup(d, k):
    await asyncio.sleep(0.1)
    try:
        return d[k]
    except KeyError:
        raise LookupError(f"no {k!r} in config") from None

async def main():
    print(await lookup({"a": 1}, "a"))
    print(await asyncio.create_task(lookup({"a": 1}, "b")))

asyncio.run(main())
