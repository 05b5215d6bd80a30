"""A SystemExit (or KeyboardInterrupt) raised in a task stops the loop and leaves asyncio.run with the traceback it
had when the task stored it: the program's frame and the coroutine that raised it, no frame of the loop's (main's
wake-up during the clean-up reads the task's exception, and that resets its traceback)."""
import asyncio
import traceback


async def stops(exception):
    await asyncio.sleep(0)
    raise exception


async def main(exception):
    await asyncio.create_task(stops(exception))


for exception in (SystemExit(3), KeyboardInterrupt()):
    try:
        asyncio.run(main(exception))
    except BaseException as error:
        frames = [frame.name for frame in traceback.extract_tb(error.__traceback__)]
        print("run raised", type(error).__name__, "through", frames)
