"""asyncio.Runner: several run() calls on one loop, a task surviving between them."""
import asyncio

state = {"hits": 0}


async def background():
    try:
        while True:
            await asyncio.sleep(0.02)
            state["hits"] += 1
    finally:
        print("background stopped")


async def start():
    global bg
    bg = asyncio.create_task(background())
    return "started"


async def wait_a_bit(t):
    await asyncio.sleep(t)
    return state["hits"]


with asyncio.Runner() as runner:
    print(runner.run(start()))
    print("hits after 0.05s:", runner.run(wait_a_bit(0.05)))
    print("same loop:", runner.get_loop() is runner.get_loop())
    print("hits after 0.02s more:", runner.run(wait_a_bit(0.02)))
print("runner closed; background done:", bg.done())
