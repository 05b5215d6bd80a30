"""Old-style code closes its loop with a task still pending: "Task was destroyed but it is pending!" when it goes."""
import asyncio
import gc


async def forever(name):
    try:
        while True:
            await asyncio.sleep(0.05)
    finally:
        print(f"{name}: finally runs (GeneratorExit when destroyed)")


def handler(loop, context):
    print("handler:", context["message"], sorted(context))


gc.disable()
loop = asyncio.new_event_loop()
loop.set_exception_handler(handler)
task = loop.create_task(forever("ticker"))
loop.run_until_complete(asyncio.sleep(0.12))
print("pending when the loop closes:", not task.done())
loop.close()
print("closed:", loop.is_closed())
del task
gc.collect()
print("after collecting the task")

loop = asyncio.new_event_loop()
loop.set_exception_handler(handler)
task = loop.create_task(forever("cancelled first"))
loop.run_until_complete(asyncio.sleep(0.01))
task.cancel()
loop.run_until_complete(asyncio.sleep(0))
print("cancelled:", task.cancelled())
loop.close()
del task
gc.collect()
print("nothing reported for a finished task")
