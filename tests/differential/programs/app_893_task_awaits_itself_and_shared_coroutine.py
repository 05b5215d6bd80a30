"""Mistakes from Q&A threads: a task awaiting itself (twice), two tasks given one coroutine, current_task in a callback.

The second task resumes the shared coroutine while its sleep is pending: asyncio yields that sleep's future again,
so both tasks wait on it; the first finishes the coroutine and the second finds it already awaited."""
import asyncio


async def selfish():
    me = asyncio.current_task()
    for attempt in range(2):
        try:
            await me
        except RuntimeError as e:
            print(f"attempt {attempt}: RuntimeError: {str(e).split(':')[0]}")
    return "selfish done"


async def work():
    await asyncio.sleep(0.01)
    return "work done"


async def main():
    print(await asyncio.create_task(selfish()))
    coro = work()
    t1 = asyncio.create_task(coro)
    t2 = asyncio.create_task(coro)
    results = await asyncio.gather(t1, t2, return_exceptions=True)
    print([r if isinstance(r, str) else f"{type(r).__name__}: {r}" for r in results])
    loop = asyncio.get_running_loop()
    loop.call_soon(lambda: print("current_task() in a callback:", asyncio.current_task()))
    await asyncio.sleep(0)
    print("current_task() in main:", asyncio.current_task().get_name())
    try:
        asyncio.current_task(None)
        print("current_task(None) ok")
    except Exception as e:
        print(type(e).__name__)


asyncio.run(main())
