"""Pre-3.7 style: get_event_loop(), ensure_future, run_until_complete(asyncio.wait(...))."""
import asyncio


async def greet(name, delay):
    await asyncio.sleep(delay)
    print(f"hello {name}")
    return name


async def main():
    futures = [asyncio.ensure_future(greet(n, d)) for n, d in [("x", 0.03), ("y", 0.01), ("z", 0.02)]]
    done, _ = await asyncio.wait(futures)
    return sorted(f.result() for f in done)


loop = asyncio.new_event_loop()
asyncio.set_event_loop(loop)
loop = asyncio.get_event_loop()
print(loop.run_until_complete(main()))
print(loop.run_until_complete(greet("again", 0.01)))
loop.close()
