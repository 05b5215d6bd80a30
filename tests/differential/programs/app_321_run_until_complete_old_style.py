"""Old-style: get a loop, run_until_complete a few coroutines, close it."""
import asyncio


async def compute(name, x, delay):
    print(f"computing {name}...")
    await asyncio.sleep(delay)
    print(f"{name} = {x * x}")
    return x * x


loop = asyncio.new_event_loop()
asyncio.set_event_loop(loop)
try:
    first = loop.run_until_complete(compute("a", 3, 0.02))
    tasks = [loop.create_task(compute(n, x, d)) for n, x, d in [("b", 4, 0.03), ("c", 5, 0.01)]]
    results = loop.run_until_complete(asyncio.gather(*tasks))
    print("first:", first, "then:", results)
    print("loop running?", loop.is_running())
finally:
    loop.close()
print("closed?", loop.is_closed())
