"""Q&A: "why does asyncio.run() not return?" A blocking job handed to the default executor and never awaited still
holds asyncio.run() at shutdown (shutdown_default_executor) until its thread is done."""
import asyncio
import time


def blocking_job(name, seconds):
    time.sleep(seconds)
    print(f"{name}: thread finished")
    return name


async def main():
    loop = asyncio.get_running_loop()
    loop.run_in_executor(None, blocking_job, "fire-and-forget", 0.3)
    result = await loop.run_in_executor(None, blocking_job, "awaited", 0.1)
    print("main got", result)
    print("main returns")


start = time.monotonic()
asyncio.run(main())
print("asyncio.run waited for the 0.3 s job:", time.monotonic() - start >= 0.3)
