import asyncio
import types


@types.coroutine
def yields_value():
    yield 42


@types.coroutine
def yields_generator():
    def g():
        yield
    yield g()


async def main():
    for maker in (yields_value, yields_generator):
        try:
            await maker()
        except RuntimeError as e:
            text = str(e)
            print("RuntimeError:", text.split(" in task ")[0].split(":")[0])
    print("done")


asyncio.run(main())
