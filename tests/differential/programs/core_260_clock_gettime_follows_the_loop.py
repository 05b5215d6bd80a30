"""time.clock_gettime() of the clocks that measure time passing (CLOCK_MONOTONIC, CLOCK_REALTIME,
CLOCK_BOOTTIME, and the _ns variant) moves by the seconds the program awaited, as time.monotonic()
does (CLOCK_MONOTONIC and CLOCK_REALTIME are monotonic()'s and time()'s clocks); the process's CPU
clock does not."""
import asyncio
import time

CLOCKS = ["CLOCK_MONOTONIC", "CLOCK_REALTIME", "CLOCK_BOOTTIME"]


async def main():
    start = {name: time.clock_gettime(getattr(time, name)) for name in CLOCKS}
    start_ns = time.clock_gettime_ns(time.CLOCK_MONOTONIC)
    cpu = time.clock_gettime(time.CLOCK_PROCESS_CPUTIME_ID)
    await asyncio.gather(asyncio.sleep(1.5), asyncio.sleep(2.5))
    for name in CLOCKS:
        print(name, round(time.clock_gettime(getattr(time, name)) - start[name], 1))
    print("ns", round((time.clock_gettime_ns(time.CLOCK_MONOTONIC) - start_ns) / 1e9, 1))
    print("cpu below 1 s", time.clock_gettime(time.CLOCK_PROCESS_CPUTIME_ID) - cpu < 1)
    # On Linux monotonic() and time() read CLOCK_MONOTONIC and CLOCK_REALTIME.
    print("same clocks", abs(time.clock_gettime(time.CLOCK_MONOTONIC) - time.monotonic()) < 0.05,
          abs(time.clock_gettime(time.CLOCK_REALTIME) - time.time()) < 0.05)


asyncio.run(main())
