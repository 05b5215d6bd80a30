"""main() is cancelled by a watchdog and never handles it: the program dies with CancelledError."""
import asyncio


async def watchdog(task, after):
    await asyncio.sleep(after)
    print("watchdog: main is taking too long, cancelling it")
    task.cancel()


async def main():
    asyncio.create_task(watchdog(asyncio.current_task(), 0.03))
    for step in range(5):
        print(f"main step {step}")
        await asyncio.sleep(0.02)
    print("main finished")


asyncio.run(main())
