"""An exception raised while handling another, inside a task awaited by main: the program ends with the
second exception's line."""
import asyncio

async def work():
    try:
        1 / 0
    except ZeroDivisionError as e:
        raise RuntimeError("while dividing") from e

async def main():
    print("start")
    await asyncio.create_task(work())

asyncio.run(main())
