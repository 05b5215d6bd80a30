"""The error messages beginners meet, caught and printed one by one."""
import asyncio


async def work():
    await asyncio.sleep(0.01)
    return 1


async def attempt(what, fn):
    try:
        result = fn()
        if asyncio.iscoroutine(result) or isinstance(result, asyncio.Future):
            result = await result
        print(f"{what}: ok {result!r}")
    except BaseException as e:
        print(f"{what}: {type(e).__name__}: {e}")


async def main():
    task = asyncio.create_task(work())
    await attempt("result of a pending task", task.result)
    await attempt("exception of a pending task", task.exception)
    await task
    coro = work()
    await coro
    await attempt("awaiting a coroutine twice", lambda: coro)
    lock = asyncio.Lock()
    await attempt("release an unlocked Lock", lock.release)
    sem = asyncio.BoundedSemaphore(1)
    await attempt("release a BoundedSemaphore too often", sem.release)
    q = asyncio.Queue()
    await attempt("task_done too often", q.task_done)
    await attempt("get_nowait on empty", q.get_nowait)
    full = asyncio.Queue(1)
    full.put_nowait(1)
    await attempt("put_nowait on full", lambda: full.put_nowait(2))
    cond = asyncio.Condition()
    await attempt("notify without the lock", cond.notify)
    await attempt("wait without the lock", cond.wait)
    await attempt("asyncio.run inside the loop", lambda: asyncio.run(work()))
    loop = asyncio.get_running_loop()
    await attempt("run_until_complete inside the loop", lambda: loop.run_until_complete(work()))
    fut = loop.create_future()
    fut.cancel()
    await attempt("result of a cancelled future", fut.result)
    await attempt("set_result on a cancelled future", lambda: fut.set_result(1))
    await attempt("await an int", lambda: asyncio.ensure_future(3))
    await attempt("sleep with a string", lambda: asyncio.sleep("1"))
    await attempt("wait on an empty set", lambda: asyncio.wait(set()))
    await attempt("gather of nothing", lambda: asyncio.gather())
    await attempt("Semaphore(-1)", lambda: asyncio.Semaphore(-1))
    await attempt("Barrier(0)", lambda: asyncio.Barrier(0))
    await attempt("Queue with maxsize 'x'", lambda: asyncio.Queue("x").full())
    await attempt("timeout(-1)", lambda: asyncio.wait_for(work(), -1))


asyncio.run(main())
