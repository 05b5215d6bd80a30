"""An async context manager whose __aexit__ awaits and then raises: the new exception replaces the one in
the body, with the body's as its context."""
import asyncio

class CM:
    async def __aenter__(self):
        print("enter")
        return self
    async def __aexit__(self, et, e, tb):
        await asyncio.sleep(0.1)
        print("exit with", et.__name__ if et else None)
        raise RuntimeError("from aexit")

async def main():
    try:
        async with CM():
            raise ValueError("body")
    except RuntimeError as e:
        print("caught", e, "context", repr(e.__context__))
    async with CM():
        print("body ok")

asyncio.run(main())
