"""loop.stop() called by a callback while run_until_complete waits: run_until_complete raises RuntimeError
('Event loop stopped before Future completed.'); the task is still pending and a later run finishes it."""
import asyncio

async def work():
    await asyncio.sleep(0.2)
    print("work finished")
    return 42

loop = asyncio.new_event_loop()
t = loop.create_task(work())
loop.call_later(0.1, loop.stop)
try:
    loop.run_until_complete(t)
except RuntimeError as e:
    print("RuntimeError:", e)
print("pending:", not t.done())
print(loop.run_until_complete(t))
loop.close()
