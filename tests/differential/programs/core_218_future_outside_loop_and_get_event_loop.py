import asyncio
import warnings

warnings.simplefilter("ignore")


async def inside():
    loop1 = asyncio.get_event_loop()
    loop2 = asyncio.get_running_loop()
    print("same loop inside", loop1 is loop2)
    f = asyncio.Future()
    print("Future() loop is running loop", f.get_loop() is loop2)
    return loop2


try:
    asyncio.get_running_loop()
except RuntimeError as e:
    print("RuntimeError:", e)
running = asyncio.run(inside())
print("closed after run", running.is_closed())
try:
    loop = asyncio.get_event_loop()
    print("get_event_loop after run gives a loop:", type(loop).__name__, loop is running)
except RuntimeError as e:
    print("RuntimeError:", e)
f = asyncio.Future()
print("Future outside:", f.done())
