"""A failed task nobody awaits, dropped while the loop runs: the loop's exception handler gets the message
'Task exception was never retrieved' with the exception and the future, when the task is collected."""
import asyncio
import gc

def handler(loop, context):
    print("handler:", context["message"], sorted(context), repr(context["exception"]))

async def boom():
    raise KeyError("lost")

async def main():
    asyncio.get_running_loop().set_exception_handler(handler)
    t = asyncio.create_task(boom())
    await asyncio.sleep(0)
    print("task done", t.done())
    del t
    gc.collect()
    print("after collect")

asyncio.run(main())
