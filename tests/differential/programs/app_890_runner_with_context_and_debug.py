"""asyncio.Runner as a long-lived loop for several calls, sharing one context, then closed."""
import asyncio
import contextvars

calls = contextvars.ContextVar("calls", default=0)


async def handle(n):
    calls.set(calls.get() + 1)
    await asyncio.sleep(0.01)
    return n * n, calls.get()


async def background():
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        print("background cancelled at close")
        raise


with asyncio.Runner() as runner:
    for n in range(3):
        print(runner.run(handle(n)))
    loop = runner.get_loop()
    task = loop.create_task(background())
    print(runner.run(asyncio.sleep(0.01, "between runs the task waits:")), task.done())
print("after the with block:", task.cancelled())
print("a fresh Runner with its own context:", asyncio.Runner().run(handle(5)))
ctx = contextvars.Context()
with asyncio.Runner() as runner:
    runner.run(handle(1), context=ctx)
    runner.run(handle(1), context=ctx)
print("calls recorded in the given context:", ctx[calls])
