"""A blocking call inside a coroutine makes a wait_for time out late and a timer fire late."""
import asyncio
import time


async def cpu_bound_step():
    time.sleep(0.1)     # simulated heavy computation: blocks the loop
    return "computed"


async def main():
    loop = asyncio.get_running_loop()
    t0 = time.perf_counter()
    loop.call_later(0.02, lambda: print(f"timer due at 0.02 ran at {time.perf_counter() - t0:.1f}"))
    try:
        result = await asyncio.wait_for(cpu_bound_step(), timeout=0.05)
        print("got", result, "despite the 0.05 s timeout (it never yielded)")
    except asyncio.TimeoutError:
        print("timed out")
    await asyncio.sleep(0)
    print(f"elapsed {time.perf_counter() - t0:.1f}")


asyncio.run(main())
