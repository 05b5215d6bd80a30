"""Graceful shutdown on SIGTERM: the handler sets an Event, workers finish their current job and stop."""
import asyncio
import os
import signal


async def worker(name, stop):
    jobs = 0
    while not stop.is_set():
        await asyncio.sleep(0.1)
        jobs += 1
    print(f"{name} stopping after {jobs} jobs")
    return jobs


async def main():
    loop = asyncio.get_running_loop()
    stop = asyncio.Event()

    def on_sigterm():
        print("SIGTERM received, shutting down")
        stop.set()

    loop.add_signal_handler(signal.SIGTERM, on_sigterm)
    workers = [asyncio.create_task(worker(f"w{i}", stop)) for i in range(3)]
    loop.call_later(0.35, os.kill, os.getpid(), signal.SIGTERM)
    results = await asyncio.gather(*workers)
    loop.remove_signal_handler(signal.SIGTERM)
    print("total jobs:", sum(results))

asyncio.run(main())
print("exited cleanly")
