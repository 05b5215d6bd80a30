"""Event.wait under wait_for times out and leaves no waiter behind; set() twice is harmless; clear() then
set() wakes a new waiter."""
import asyncio

async def main():
    ev = asyncio.Event()
    try:
        await asyncio.wait_for(ev.wait(), 0.1)
    except TimeoutError:
        print("timed out; is_set", ev.is_set())
    ev.set(); ev.set()
    print(await ev.wait())
    ev.clear()
    t = asyncio.create_task(ev.wait())
    await asyncio.sleep(0)
    print("waiting", t.done())
    ev.set()
    print("woke with", await t)

asyncio.run(main())
