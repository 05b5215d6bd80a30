import asyncio
import gc

# Only the collections the program asks for: an automatic one, whenever the allocations so far call for it,
# could free a cycle before the line that shows it is still there.
gc.disable()


def handler(loop, context):
    print("handler:", context["message"])


async def waits_forever():
    fut = asyncio.get_running_loop().create_future()
    await fut


async def main():
    loop = asyncio.get_running_loop()
    loop.set_exception_handler(handler)
    t = asyncio.create_task(waits_forever())
    await asyncio.sleep(0)
    del t
    gc.collect()
    print("after gc.collect()")
    f = loop.create_future()
    f.set_exception(RuntimeError("lost"))
    del f
    print("after dropping the failed future")
    g = loop.create_future()
    g.set_exception(RuntimeError("seen"))
    g.exception()
    del g
    print("after dropping a retrieved one")


asyncio.run(main())
