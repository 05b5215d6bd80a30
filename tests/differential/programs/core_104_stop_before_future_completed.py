import asyncio


async def slow():
    try:
        await asyncio.sleep(0.03)
        print("slow finished")
        return "slow result"
    finally:
        print("slow finally? only when it ends")


loop = asyncio.new_event_loop()
task = loop.create_task(slow())
loop.call_later(0.01, loop.stop)
try:
    loop.run_until_complete(task)
except RuntimeError as e:
    print("RuntimeError:", e)
print("task done:", task.done())
print(loop.run_until_complete(task))
t2 = loop.create_task(slow())
loop.call_soon(t2.cancel)
try:
    loop.run_until_complete(t2)
except asyncio.CancelledError:
    print("run_until_complete raised CancelledError")
loop.close()
