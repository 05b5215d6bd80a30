"""A job in a pool of the program's own outlives asyncio.run: wait_for times out (the job cannot be cancelled
once running), main returns, and asyncio.run does not wait for that pool (only for the default executor). The
job's print comes after the line after run, when the interpreter's exit joins the pool's worker."""
import asyncio
import concurrent.futures
import time

pool = concurrent.futures.ThreadPoolExecutor(max_workers=1)


def slow(n):
    time.sleep(0.5)
    print("slow done", n, flush=True)
    return n


async def main():
    loop = asyncio.get_running_loop()
    fut = loop.run_in_executor(pool, slow, 1)
    try:
        await asyncio.wait_for(fut, 0.1)
    except asyncio.TimeoutError:
        print("timed out; cancelled:", fut.cancelled())
    print("main ends")


asyncio.run(main())
print("after run")
