"""wrap_future over a pool's jobs: cancelling the asyncio futures cancels the job still queued but not the one
running; pool.shutdown(wait=True) in the coroutine then blocks the loop until the running job's sleep ends.
Also: wrap_future of an asyncio future returns it, of a done concurrent future hands the result over one hop
later, and of anything else fails an assertion."""
import asyncio
import concurrent.futures
import time


def job(_):
    time.sleep(0.2)
    return "job"


async def main():
    pool = concurrent.futures.ThreadPoolExecutor(1)
    f1 = pool.submit(job, None)
    f2 = pool.submit(job, None)  # queued behind f1
    a1 = asyncio.wrap_future(f1)
    a2 = asyncio.wrap_future(f2)
    await asyncio.sleep(0)
    a2.cancel()
    a1.cancel()
    await asyncio.sleep(0)
    print("f1 cancelled?", f1.cancelled(), "running?", f1.running())
    print("f2 cancelled?", f2.cancelled())
    print("a1", a1.cancelled(), "a2", a2.cancelled())
    pool.shutdown(wait=True)
    print("f1 result", f1.result())
    print(asyncio.wrap_future(a1) is a1)
    done = concurrent.futures.Future()
    done.set_result(5)
    w = asyncio.wrap_future(done)
    print("wrapped done:", w.done())
    await asyncio.sleep(0)
    print("wrapped done after hop:", w.done(), w.result())
    try:
        asyncio.wrap_future(42)
    except AssertionError as e:
        print("AssertionError", e)


asyncio.run(main())
