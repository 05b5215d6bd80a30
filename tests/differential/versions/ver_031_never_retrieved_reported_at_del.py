# changes: none
# Every version: "exception was never retrieved" is reported when the future is freed (del), not at
# the end of the program.
import asyncio
import gc

# Only the collections the program asks for: an automatic one, whenever the allocations so far call for it,
# could free a cycle before the line that shows it is still there.
gc.disable()


def handler(loop, context):
    print("handler:", context["message"])


async def main():
    loop = asyncio.get_running_loop()
    loop.set_exception_handler(handler)
    fut = loop.create_future()
    fut.set_exception(ValueError("lost"))
    del fut
    gc.collect()
    print("after del")

    async def fails():
        raise KeyError("also lost")

    task = asyncio.create_task(fails())
    await asyncio.sleep(0)
    del task
    gc.collect()
    print("after task del")


asyncio.run(main())
print("program ends")
