"""A pending task freed by the garbage collector whose finally tries to await: closing the coroutine
throws GeneratorExit in, the await inside finally makes the coroutine ignore it, and Python reports a
RuntimeError (unraisable, on stderr); the program goes on. The handler's report is printed after the
collection: the order of finalizers within one collection is the collector's."""
import asyncio
import gc

gc.disable()  # only the explicit collection frees anything: an automatic one comes when it likes

async def stubborn(fut):
    try:
        await fut
    finally:
        print("finally starts")
        await asyncio.sleep(0)
        print("finally ends")

async def main():
    loop = asyncio.get_running_loop()
    reports = []
    loop.set_exception_handler(lambda loop, ctx: reports.append(ctx["message"]))
    asyncio.create_task(stubborn(loop.create_future()))
    await asyncio.sleep(0)
    gc.collect()
    print("after collect, reported:", reports)
    await asyncio.sleep(0)
    print("end")

asyncio.run(main())
