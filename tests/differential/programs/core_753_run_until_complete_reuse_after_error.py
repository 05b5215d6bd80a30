"""A loop's run_until_complete raising the coroutine's error leaves the loop usable: a second
run_until_complete runs; tasks created in the first and still pending run on during the second."""
import asyncio

async def bad():
    await asyncio.sleep(0.1)
    raise ValueError("first run failed")

async def background():
    for i in range(3):
        await asyncio.sleep(0.1)
        print("background", i)

async def good():
    await asyncio.sleep(0.35)
    return "second run ok"

loop = asyncio.new_event_loop()
asyncio.set_event_loop(loop)
t = loop.create_task(background())
try:
    loop.run_until_complete(bad())
except ValueError as e:
    print("caught", e)
print(loop.run_until_complete(good()))
print("background done:", t.done())
loop.close()
