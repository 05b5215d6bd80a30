"""Tutorial: a worker thread reports progress to asyncio. Asking for the loop inside the thread fails
(the running loop is per thread), so the loop is handed to the thread, which then uses
call_soon_threadsafe and run_coroutine_threadsafe."""
import asyncio
import time


def wrong_worker(queue):
    try:
        asyncio.get_running_loop().call_soon_threadsafe(queue.put_nowait, "never")
    except RuntimeError as exc:
        return f"the thread could not find the loop: {exc}"


def worker(loop, queue, steps):
    for step in range(1, steps + 1):
        time.sleep(0.2)
        loop.call_soon_threadsafe(queue.put_nowait, f"step {step}/{steps}")
    total = asyncio.run_coroutine_threadsafe(summarize(steps), loop).result()
    loop.call_soon_threadsafe(queue.put_nowait, None)
    return total


async def summarize(steps):
    await asyncio.sleep(0.1)
    return steps * 10


async def main():
    loop = asyncio.get_running_loop()
    queue = asyncio.Queue()
    print(await asyncio.to_thread(wrong_worker, queue))
    start = loop.time()
    job = loop.run_in_executor(None, worker, loop, queue, 3)
    while (message := await queue.get()) is not None:
        print(f"[{loop.time() - start:.1f}s] {message}")
    print("total:", await job)


asyncio.run(main())
