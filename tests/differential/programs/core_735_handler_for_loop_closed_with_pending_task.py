"""run_until_complete then close with a task still pending: nothing is reported until the task is
collected ('Task was destroyed but it is pending!'), here by an explicit collection with a handler set."""
import asyncio
import gc

def handler(loop, context):
    print("handler:", context["message"], sorted(context))

async def forever():
    await asyncio.sleep(100)

async def main():
    asyncio.get_running_loop().set_exception_handler(handler)
    global t
    t = asyncio.create_task(forever())
    await asyncio.sleep(0)
    return "main done"

loop = asyncio.new_event_loop()
print(loop.run_until_complete(main()))
loop.close()
print("closed", t.done())
del t
gc.collect()
print("end")
