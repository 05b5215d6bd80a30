"""loop.call_later from another thread is not thread-safe either: the timer joins the loop's heap, but the loop,
already waiting for its 1 s timer, only looks at the heap again when that wait ends; so a 0.1 s timer added at
0.1 s by a thread fires at 1.0 s (first: its deadline is the earlier one), and then main resumes."""
import asyncio
import threading


async def main():
    loop = asyncio.get_running_loop()
    start = loop.time()
    stamp = lambda what: print(what, "at", round(loop.time() - start, 1))
    threading.Timer(0.1, loop.call_later, args=(0.1, stamp, "thread's timer")).start()
    await asyncio.sleep(1.0)
    stamp("main woke")
    await asyncio.sleep(0.3)
    stamp("main done")


asyncio.run(main())
