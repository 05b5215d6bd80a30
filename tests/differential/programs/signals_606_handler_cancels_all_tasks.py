"""The classic shutdown handler: on SIGTERM cancel every task but the current one, and let them clean up."""
import asyncio
import os
import signal


async def service(name, period):
    ticks = 0
    try:
        while True:
            await asyncio.sleep(period)
            ticks += 1
    except asyncio.CancelledError:
        print(f"{name}: cancelled after {ticks} ticks")
        raise


def shutdown(loop, main_task):
    print("shutdown requested; current task in a handler:", asyncio.current_task(loop))
    for task in sorted(asyncio.all_tasks(loop), key=lambda task: task.get_name()):
        if task is not main_task:
            task.cancel()


async def main():
    loop = asyncio.get_running_loop()
    loop.add_signal_handler(signal.SIGTERM, shutdown, loop, asyncio.current_task())
    services = [asyncio.create_task(service(name, period), name=name)
                for name, period in (("db", 0.15), ("web", 0.1), ("cache", 0.4))]
    await asyncio.sleep(0.52)
    os.kill(os.getpid(), signal.SIGTERM)
    results = await asyncio.gather(*services, return_exceptions=True)
    print([type(r).__name__ for r in results])

asyncio.run(main())
