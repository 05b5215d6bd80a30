# changes: nested_run_forever_resets_running_loop
# 3.13.0: a nested loop.run_forever() fails with "already running" and, on its way out, runs the
# clean-up of a run that never started: the loop no longer counts as running and is no longer the
# running loop (while it still runs the program). 3.11 and 3.12 leave the loop alone.
import asyncio


async def main():
    loop = asyncio.get_running_loop()
    try:
        loop.run_forever()
    except RuntimeError as error:
        print("run_forever:", error)
    print("loop.is_running():", loop.is_running())
    try:
        print("still the running loop:", asyncio.get_running_loop() is loop)
    except RuntimeError as error:
        print("get_running_loop:", error)
    await asyncio.sleep(0)
    print("main ends")


asyncio.run(main())
print("after asyncio.run")
