"""A custom exception handler prints the message and the keys of each context asyncio reports: a failing
callback, a failing done callback, a never-retrieved future and task, a leftover task failing while
asyncio.run cancels it, a generator failing to close at shutdown."""
import asyncio
import gc

def handler(loop, context):
    print("handler:", context["message"].split(" <")[0].split(" at ")[0], sorted(context),
          type(context.get("exception")).__name__)

def bad_callback():
    raise ValueError("cb")

async def fails():
    raise KeyError("never")

async def leftover():
    try:
        await asyncio.sleep(10)
    finally:
        raise RuntimeError("in cleanup")

async def agen():
    try:
        yield 1
    finally:
        raise OSError("close failed")

g = None

async def main():
    global g
    loop = asyncio.get_running_loop()
    loop.set_exception_handler(handler)
    loop.call_soon(bad_callback)
    f = loop.create_future()
    f.add_done_callback(lambda fut: 1 / 0)
    f.set_result(None)
    await asyncio.sleep(0.1)
    f2 = loop.create_future()
    f2.set_exception(TypeError("f2"))
    del f2
    t = asyncio.create_task(fails())
    await asyncio.sleep(0)
    del t
    gc.collect()
    print("collected")
    asyncio.create_task(leftover())
    g = agen()
    await g.__anext__()
    await asyncio.sleep(0)
    print("main returns")

asyncio.run(main())
print("end")
