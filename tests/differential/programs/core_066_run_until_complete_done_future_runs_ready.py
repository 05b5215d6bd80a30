import asyncio

loop = asyncio.new_event_loop()
fut = loop.create_future()
fut.set_result("already")
loop.call_soon(print, "ready callback 1")
loop.call_soon(lambda: loop.call_soon(print, "scheduled by callback 1b"))
loop.call_soon(print, "ready callback 2")
print(loop.run_until_complete(fut))
print("--")
print(loop.run_until_complete(asyncio.sleep(0, result="sleep result")))
loop.close()
