import asyncio
import contextvars

request_id = contextvars.ContextVar("request_id")
counter = contextvars.ContextVar("counter", default=0)


async def handler(n):
    request_id.set(n)
    counter.set(counter.get() + 1)
    await asyncio.sleep(0.01 * (3 - n))
    return (request_id.get(), counter.get())


async def spawner():
    request_id.set("spawner")
    child = asyncio.create_task(read())
    request_id.set("changed after spawn")
    return await child


async def read():
    return request_id.get("missing")


async def main():
    counter.set(10)
    print(await asyncio.gather(*(handler(i) for i in range(3))))
    print("main still sees", counter.get(), request_id.get("unset"))
    print("child copied at creation:", await spawner())
    print("awaiting a coroutine shares the context:", await handler(7), request_id.get())
    ctx = contextvars.copy_context()
    t = asyncio.create_task(handler(9), context=ctx)
    await t
    print("explicit context was mutated:", ctx[request_id], ctx[counter])


asyncio.run(main())
