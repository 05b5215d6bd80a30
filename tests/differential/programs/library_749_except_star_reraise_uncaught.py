"""except* handles the ValueErrors of a TaskGroup's ExceptionGroup and lets the KeyError through: the
program ends with an uncaught ExceptionGroup holding only the KeyError (its last traceback line)."""
import asyncio

async def fail(d, exc):
    await asyncio.sleep(d)
    raise exc

async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(fail(0.1, ValueError("v")))
            tg.create_task(fail(0.1, KeyError("k")))
    except* ValueError as eg:
        print("handled", [str(e) for e in eg.exceptions])

asyncio.run(main())
