import asyncio


async def worker():
    try:
        print("worker starts")
        await asyncio.sleep(10)
    finally:
        print("worker finally runs when its coroutine is destroyed")


loop = asyncio.new_event_loop()
task = loop.create_task(worker())
loop.run_until_complete(asyncio.sleep(0.01))
print("pending:", not task.done())
loop.close()
print("program ends")
