"""Another classic mistake: a thread sets an asyncio Future's result directly. The future is done at once, but
the task awaiting it is woken through call_soon, which does not wake the loop: the task resumes only when the
loop's timer at 1.0 s ends its wait (and before that timer's callback)."""
import asyncio
import threading


async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    loop.call_later(1.0, lambda: print("timer at", round(loop.time() - start, 1), "future done:", fut.done()))
    start = loop.time()
    threading.Timer(0.1, fut.set_result, args=("set by the thread",)).start()
    print(await fut, "at", round(loop.time() - start, 1))
    await asyncio.sleep(0)


asyncio.run(main())
