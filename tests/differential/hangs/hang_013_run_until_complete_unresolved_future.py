import asyncio

loop = asyncio.new_event_loop()
fut = loop.create_future()
loop.call_soon(print, "callback ran")
loop.call_later(0.01, print, "timer ran")
print("run_until_complete on a future nobody resolves")
loop.run_until_complete(fut)
print("never printed")
