"""loop.stop() inside run_until_complete: RuntimeError "Event loop stopped before Future completed.", the task
still pending and finished by a second run_until_complete; a closed loop refuses to run or schedule; stop()
before run_forever still lets the callbacks already queued run in that one iteration."""
import asyncio

async def stopper(loop):
    loop.stop()
    await asyncio.sleep(0.1)
    return "finished"

loop = asyncio.new_event_loop()
task = loop.create_task(stopper(loop))
try:
    loop.run_until_complete(task)
except RuntimeError as e:
    print("RuntimeError:", e)
print(task.done())
print(loop.run_until_complete(task))
loop.close()
try:
    loop.run_until_complete(asyncio.sleep(0))
except RuntimeError as e:
    print("RuntimeError:", e)
print(loop.is_closed(), loop.is_running())
try:
    loop.call_soon(print)
except RuntimeError as e:
    print("RuntimeError:", e)
loop.close()
loop2 = asyncio.new_event_loop()
loop2.call_soon(loop2.stop)
loop2.call_soon(print, "second callback runs in same iteration")
loop2.run_forever()
loop2.call_soon(print, "left over")
loop2.stop()
loop2.run_forever()
print("again")
loop2.run_until_complete(asyncio.sleep(0))
loop2.close()
