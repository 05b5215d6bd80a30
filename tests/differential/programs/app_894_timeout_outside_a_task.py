"""Using asyncio.timeout() or a Lock from a plain callback, and asyncio functions with no running loop."""
import asyncio


async def use_timeout():
    async with asyncio.timeout(1):
        return "inside a task: fine"


def callback(loop, fut):
    coro = use_timeout()
    try:
        coro.send(None)
    except StopIteration as e:
        fut.set_result(e.value)
    except RuntimeError as e:
        fut.set_result(f"RuntimeError: {e}")


async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    loop.call_soon(callback, loop, fut)
    print(await fut)
    print(await use_timeout())


asyncio.run(main())
for name, call in [("create_task", lambda: asyncio.create_task(asyncio.sleep(0))),
                   ("get_running_loop", asyncio.get_running_loop),
                   ("current_task", asyncio.current_task),
                   ("all_tasks", asyncio.all_tasks)]:
    try:
        call()
        print(name, "worked")
    except RuntimeError as e:
        print(name, "->", e)
