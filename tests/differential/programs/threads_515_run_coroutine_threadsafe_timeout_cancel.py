"""run_coroutine_threadsafe: the thread gives up waiting and cancels the coroutine on the loop."""
import asyncio
import concurrent.futures


async def slow_answer():
    try:
        await asyncio.sleep(5)
        return 42
    except asyncio.CancelledError:
        print("coroutine cancelled from the thread")
        raise


def from_thread(loop):
    future = asyncio.run_coroutine_threadsafe(slow_answer(), loop)
    try:
        return future.result(timeout=0.1)
    except concurrent.futures.TimeoutError:
        future.cancel()
        return "gave up"


async def main():
    loop = asyncio.get_running_loop()
    print(await loop.run_in_executor(None, from_thread, loop))
    await asyncio.sleep(0.1)
    print("main done")

asyncio.run(main())
