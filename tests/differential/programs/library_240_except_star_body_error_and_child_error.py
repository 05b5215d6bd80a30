"""except* splits a TaskGroup's errors by type; a body that raises while a child fails gives a group
whose RuntimeError part is handled and whose KeyError part escapes to the outer except*."""
import asyncio

async def fail(exc, delay):
    await asyncio.sleep(delay)
    raise exc

async def fail_now(exc):
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
                tg.create_task(fail_now(KeyError("k")))
                await asyncio.sleep(0)  # the child fails here; the group hears of it only after the body raised
                raise RuntimeError("body")
        except* RuntimeError as eg:
            print("handled inside:", [repr(e) for e in eg.exceptions])
    except* KeyError as eg:
        print("escaped to the outer except*:", [repr(e) for e in eg.exceptions], eg.message)


asyncio.run(main())
