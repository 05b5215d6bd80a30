"""task.cancel() called from another thread (not through call_soon_threadsafe): the cancellation is requested at
once, but the task sleeping on a 1 s timer learns of it only when the loop next wakes, at a 0.5 s timer; with
call_soon_threadsafe(task.cancel) the task is cancelled at 0.1 s."""
import asyncio
import threading


async def sleeper(loop, start):
    try:
        await asyncio.sleep(1.0)
    except asyncio.CancelledError:
        print("cancelled at", round(loop.time() - start, 1))
        raise


async def main():
    loop = asyncio.get_running_loop()
    for how in ("direct", "threadsafe"):
        start = loop.time()
        task = asyncio.create_task(sleeper(loop, start))
        alarm = loop.call_later(0.5, print, how, "alarm at 0.5")
        call = task.cancel if how == "direct" else (lambda: loop.call_soon_threadsafe(task.cancel))
        threading.Timer(0.1, call).start()
        try:
            await task
        except asyncio.CancelledError:
            print(how, "main sees cancelled at", round(loop.time() - start, 1))
        alarm.cancel()
        await asyncio.sleep(0.6)


asyncio.run(main())
