"""After shutdown_default_executor, run_in_executor(None, ...) refuses new work."""
import asyncio


async def main():
    loop = asyncio.get_running_loop()
    print(await loop.run_in_executor(None, sum, [1, 2, 3]))
    await loop.shutdown_default_executor()
    print("shut down")
    try:
        await loop.run_in_executor(None, sum, [4])
    except RuntimeError as exc:
        print("RuntimeError:", exc)

asyncio.run(main())
