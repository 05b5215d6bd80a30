import asyncio


async def coro():
    return "ran"


loop = asyncio.get_event_loop()
print("got a loop outside:", type(loop).__name__ != "", loop.is_running())
print(loop.run_until_complete(coro()))
print("same loop again:", asyncio.get_event_loop() is loop)
asyncio.set_event_loop(None)
try:
    asyncio.get_event_loop()
except RuntimeError as e:
    print("RuntimeError:", e)
new = asyncio.new_event_loop()
asyncio.set_event_loop(new)
print("after set:", asyncio.get_event_loop() is new)
print(new.run_until_complete(coro()))
print(asyncio.run(coro()))
try:
    asyncio.get_event_loop()
except RuntimeError as e:
    print("after run:", e)
loop.close()
new.close()
