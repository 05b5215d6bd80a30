"""Heartbeat + watchdog: the watchdog cancels the service when heartbeats stop."""
import asyncio


async def service(beats):
    for i in range(10):
        delay = 0.01 if i < 4 else 0.08     # the service hangs after 4 beats
        await asyncio.sleep(delay)
        beats.put_nowait(i)
        print(f"heartbeat {i}")


async def watchdog(beats, svc, limit):
    while True:
        try:
            n = await asyncio.wait_for(beats.get(), timeout=limit)
        except TimeoutError:
            print(f"no heartbeat for {limit}s, restarting service")
            svc.cancel()
            return "restarted"
        if n == 9:
            return "healthy"


async def main():
    beats = asyncio.Queue()
    svc = asyncio.create_task(service(beats))
    verdict = await watchdog(beats, svc, 0.05)
    print("watchdog:", verdict)
    try:
        await svc
    except asyncio.CancelledError:
        print("service was cancelled")


asyncio.run(main())
