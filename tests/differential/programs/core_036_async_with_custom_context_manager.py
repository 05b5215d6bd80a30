import asyncio


class Resource:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress

    async def __aenter__(self):
        print("enter", self.name)
        await asyncio.sleep(0)
        print("entered", self.name)
        return self.name.upper()

    async def __aexit__(self, exc_type, exc, tb):
        print("exit", self.name, exc_type.__name__ if exc_type else None)
        await asyncio.sleep(0)
        return self.suppress


async def main():
    async with Resource("a") as v:
        print("body", v)
    async with Resource("b", suppress=True) as v:
        raise ValueError("swallowed")
    print("after b")
    try:
        async with Resource("c") as v, Resource("d") as w:
            print("body", v, w)
            raise KeyError("k")
    except KeyError:
        print("KeyError propagated")


asyncio.run(main())
