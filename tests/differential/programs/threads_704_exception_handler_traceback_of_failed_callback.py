"""The default handler with logging to stdout, for a task whose exception was never retrieved: its message,
the task key, and the traceback it prints (only the program's own frames are shown by the exception chain)."""
import asyncio
import gc
import logging
import sys

logging.basicConfig(stream=sys.stdout, format="%(levelname)s:%(name)s:%(message)s")


async def inner():
    raise RuntimeError("lost error")


async def main():
    task = asyncio.create_task(inner(), name="forgotten")
    await asyncio.sleep(0.01)
    print("task done:", task.done())
    del task
    gc.collect()
    print("after collect")


asyncio.run(main())
