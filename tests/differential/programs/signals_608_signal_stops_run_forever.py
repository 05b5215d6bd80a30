"""A loop run with run_forever stops when SIGTERM arrives (loop.stop as the handler)."""
import asyncio
import os
import signal


async def heartbeat():
    beat = 0
    while True:
        print("beat", beat)
        beat += 1
        await asyncio.sleep(0.25)


loop = asyncio.new_event_loop()
asyncio.set_event_loop(loop)
loop.add_signal_handler(signal.SIGTERM, loop.stop)
task = loop.create_task(heartbeat())
loop.call_later(0.6, os.kill, os.getpid(), signal.SIGTERM)
loop.run_forever()
print("stopped; task done?", task.done())
task.cancel()
try:
    loop.run_until_complete(task)
except asyncio.CancelledError:
    print("heartbeat cancelled")
loop.close()
print("closed")
