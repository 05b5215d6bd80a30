"""sys.exit() called inside a worker task (not main) stops the whole program."""
import asyncio
import sys


async def worker(n):
    await asyncio.sleep(0.01 * n)
    print(f"worker {n} running")
    if n == 2:
        print("worker 2 hit a fatal condition")
        sys.exit(4)
    await asyncio.sleep(0.05)
    print(f"worker {n} finished")


async def main():
    try:
        await asyncio.gather(*(worker(n) for n in range(1, 4)))
    finally:
        print("main finally")


try:
    asyncio.run(main())
except SystemExit as exc:
    print("SystemExit caught at top level with code", exc.code)
    raise
