"""A thread wakes a loop that sleeps on a long timer: call_soon_threadsafe sets a future, the loop notices at
once (not when the timer expires), and a Handle returned by call_soon_threadsafe can be cancelled in time."""
import asyncio
import threading
import time


def thread_body(loop, fut):
    time.sleep(0.2)
    handle = loop.call_soon_threadsafe(print, "this one is cancelled")
    handle.cancel()
    loop.call_soon_threadsafe(fut.set_result, "woken")


async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    start = loop.time()
    threading.Thread(target=thread_body, args=(loop, fut)).start()
    done, pending = await asyncio.wait([fut, asyncio.ensure_future(asyncio.sleep(5))],
                                       return_when=asyncio.FIRST_COMPLETED)
    print(fut.result(), "after", round(loop.time() - start, 1), "pending:", len(pending))
    for p in pending:
        p.cancel()


asyncio.run(main())
