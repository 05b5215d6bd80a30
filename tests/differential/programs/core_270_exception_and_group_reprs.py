"""reprs and strs of nested TaskGroup exception groups, CancelledError with a message, TimeoutError
from timeout() and wait_for, and asyncio's own exceptions."""
import asyncio

async def fail(e):
    await asyncio.sleep(0)
    raise e

async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(fail(ValueError("a")))
            async def nested():
                async with asyncio.TaskGroup() as tg2:
                    tg2.create_task(fail(KeyError("b")))
                    tg2.create_task(fail(OSError(2, "nf")))
            tg.create_task(nested())
    except ExceptionGroup as eg:
        print(repr(eg))
        print(str(eg))
        for e in eg.exceptions:
            print(" ", repr(e))
    t = asyncio.create_task(asyncio.sleep(1))
    await asyncio.sleep(0)
    t.cancel("msg")
    try:
        await t
    except asyncio.CancelledError as e:
        print(repr(e), str(e), e.args)
    try:
        async with asyncio.timeout(0):
            await asyncio.sleep(1)
    except TimeoutError as e:
        print(repr(e), repr(str(e)), type(e).__module__)
    try:
        await asyncio.wait_for(asyncio.sleep(1), 0.001)
    except asyncio.TimeoutError as e:
        print(repr(e), e.__class__ is TimeoutError)
    print(repr(asyncio.InvalidStateError("x")), repr(asyncio.IncompleteReadError(b"ab", 5)))
    print(repr(asyncio.LimitOverrunError("m", 3)), asyncio.IncompleteReadError(b"ab", None))
    print(asyncio.CancelledError.__mro__)

asyncio.run(main())
