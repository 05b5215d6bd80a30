"""except* splits a TaskGroup's errors by type; a body that raises while a child fails gives a group
whose RuntimeError part is handled and whose KeyError part escapes to the outer except*."""
import asyncio

async def fail(exc, delay):
    await asyncio.sleep(delay)
    raise exc

async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(fail(ValueError("v1"), 0.1))
            tg.create_task(fail(TypeError("t1"), 0.1))
            tg.create_task(fail(ValueError("v2"), 0.2))
    except* ValueError as eg:
        print("values:", [str(e) for e in eg.exceptions], type(eg).__name__)
    except* TypeError as eg:
        print("types:", [str(e) for e in eg.exceptions], eg.message)
    try:
        try:
            async with asyncio.TaskGroup() as tg:
                tg.create_task(fail(KeyError("k"), 0))
                raise RuntimeError("body")
        except* RuntimeError as eg:
            print("runtime", eg.exceptions)
    except* KeyError as eg:
        print("unreachable?")
    except BaseException as e:
        print("escaped", type(e).__name__, e.exceptions if hasattr(e, 'exceptions') else e)

asyncio.run(main())
