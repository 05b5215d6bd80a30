import asyncio


def fail(future):
    try:
        int("x")
    except ValueError as error:
        future.set_exception(error)
        print("fail:", sorted(locals()))


async def main():
    future = asyncio.get_running_loop().create_future()
    try:
        1 / 0
    except ZeroDivisionError as error:
        future.set_exception(error)
    print("main:", sorted(locals()))
    try:
        await future
    except ZeroDivisionError as error:
        print("raised", type(error).__name__, sorted(locals()))
    other = asyncio.get_running_loop().create_future()
    fail(other)
    print(type(other.exception()).__name__)


asyncio.run(main())
