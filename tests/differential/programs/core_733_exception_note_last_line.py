"""An exception with a note added in a task escapes asyncio.run: the note is the last line printed."""
import asyncio

async def work():
    try:
        await asyncio.sleep(0.1)
        raise ValueError("bad value")
    except ValueError as e:
        e.add_note("while working on item 7")
        raise

async def main():
    t = asyncio.create_task(work())
    print("waiting")
    await t

asyncio.run(main())
