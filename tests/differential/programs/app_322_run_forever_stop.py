"""Old-style run_forever: callbacks and a task, stopped by loop.stop() from a callback."""
import asyncio

counter = {"ticks": 0}


def tick(loop):
    counter["ticks"] += 1
    print(f"tick {counter['ticks']}")
    if counter["ticks"] < 4:
        loop.call_later(0.02, tick, loop)
    else:
        print("stopping the loop")
        loop.stop()


async def background():
    for i in range(3):
        await asyncio.sleep(0.025)
        print(f"background step {i}")


loop = asyncio.new_event_loop()
loop.call_soon(tick, loop)
task = loop.create_task(background())
loop.run_forever()
print("run_forever returned; task done?", task.done())
loop.run_until_complete(task)
print("task done?", task.done())
loop.close()
