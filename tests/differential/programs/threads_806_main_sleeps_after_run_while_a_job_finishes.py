"""asyncio.run returns while a job of the program's own pool still sleeps (0.4 s to go); the main thread then
sleeps 1 s with time.sleep: the job finishes and prints during that sleep."""
import asyncio
import concurrent.futures
import time

pool = concurrent.futures.ThreadPoolExecutor(1)


def slow():
    time.sleep(0.5)
    print("slow done", flush=True)


async def main():
    asyncio.get_running_loop().run_in_executor(pool, slow)
    await asyncio.sleep(0.1)
    print("main ends")


asyncio.run(main())
time.sleep(1)
print("after sleep")
