"""Callbacks, timers and task steps interleaving: a call_soon from a timer callback runs after the tasks
woken by the same timers' iteration; two timers due together run in one iteration before what they
schedule."""
import asyncio

async def sleeper(name, d):
    await asyncio.sleep(d)
    print(name, "woke")
    asyncio.get_running_loop().call_soon(print, name, "scheduled soon")
    await asyncio.sleep(0)
    print(name, "after sleep(0)")

async def main():
    loop = asyncio.get_running_loop()
    loop.call_later(0.1, lambda: (print("timer 1"), loop.call_soon(print, "timer 1's soon")))
    ts = [asyncio.create_task(sleeper("s1", 0.1)), asyncio.create_task(sleeper("s2", 0.1))]
    loop.call_later(0.1, lambda: (print("timer 2"), loop.call_soon(print, "timer 2's soon")))
    await asyncio.gather(*ts)

asyncio.run(main())
