import asyncio

loop = asyncio.new_event_loop()
loop.call_soon(print, "one callback")
loop.call_later(0.01, print, "one timer")
print("run_forever with nobody calling stop()")
loop.run_forever()
print("never printed")
