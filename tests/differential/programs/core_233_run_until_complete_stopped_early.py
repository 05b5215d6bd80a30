import asyncio


async def slow():
    await asyncio.sleep(0.02)
    return "slow"


loop = asyncio.new_event_loop()
loop.call_later(0.01, loop.stop)
task = loop.create_task(slow())
try:
    loop.run_until_complete(task)
except RuntimeError as e:
    print("RuntimeError:", e)
print("task done?", task.done())
print(loop.run_until_complete(task))
fut = loop.create_future()
loop.call_soon(fut.set_result, "plain future")
print(loop.run_until_complete(fut))
print(loop.run_until_complete(fut))
loop.call_soon(print, "queued before")
print(loop.run_until_complete(asyncio.sleep(0, "sleep")))
loop.close()
