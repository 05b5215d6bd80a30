"""print(asyncio.current_task()) in main shows asyncio.run's done callback where asyncio defines it."""
import asyncio
import os


async def main():
    print(repr(asyncio.current_task()).replace(__file__, "FILE").replace(os.path.dirname(os.__file__), "STDLIB"))
    task = asyncio.create_task(asyncio.sleep(0.1), name="sleeper")
    await asyncio.sleep(0)
    print(repr(task).split(" coro=")[0])

asyncio.run(main())
