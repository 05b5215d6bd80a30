import asyncio


async def work(x):
    await asyncio.sleep(0.01)
    print("work", x, "running loop is ours:", asyncio.get_running_loop() is loop)
    return x * 3


loop = asyncio.new_event_loop()
print("running before:", loop.is_running(), "closed:", loop.is_closed())
print("result", loop.run_until_complete(work(2)))
t = loop.create_task(work(5))
print("task done before run:", t.done())
print("result", loop.run_until_complete(t))
fut = loop.create_future()
loop.call_soon(fut.set_result, "from callback")
print(loop.run_until_complete(fut))
loop.close()
print("closed:", loop.is_closed())
try:
    loop.run_until_complete(work(1))
except RuntimeError as e:
    print("RuntimeError:", e)
