"""A loop started in a thread after the main loop slept reads the same clock: its time() is the main loop's
and time.monotonic()'s, not a clock of its own starting from zero."""
import asyncio
import time

main_loop_time = None

async def sub():
    loop = asyncio.get_running_loop()
    print("thread loop vs main loop:", round(loop.time() - main_loop_time, 1))
    print("thread loop vs monotonic:", round(loop.time() - time.monotonic(), 1))
    await asyncio.sleep(0.5)

async def main():
    global main_loop_time
    await asyncio.sleep(2)
    main_loop_time = asyncio.get_running_loop().time()
    await asyncio.to_thread(asyncio.run, sub())
    print("main after thread:", round(asyncio.get_running_loop().time() - main_loop_time, 1))

asyncio.run(main())
