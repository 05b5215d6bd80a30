"""sys.exit(3) from inside a coroutine while other tasks are running: their finally blocks run."""
import asyncio
import sys


async def worker(n):
    try:
        while True:
            await asyncio.sleep(0.02)
            print(f"worker {n} tick")
    finally:
        print(f"worker {n} cleaning up")


async def main():
    # One worker: asyncio.run cancels leftover tasks in set order, which no other loop can follow.
    workers = [asyncio.create_task(worker(n)) for n in range(1)]
    await asyncio.sleep(0.05)
    print("fatal configuration error, exiting with status 3")
    sys.exit(3)


try:
    asyncio.run(main())
finally:
    print("interpreter shutting down")
