# changes: shutdown_default_executor_applies_timeout
# 3.13: shutdown_default_executor(timeout) gives up after the timeout with a RuntimeWarning, the job still running;
# 3.12 takes the timeout but waits for the job all the same (3.11 takes no timeout).
import asyncio
import time
import warnings


def job():
    time.sleep(2)
    print("job done")


async def main():
    loop = asyncio.get_running_loop()
    loop.run_in_executor(None, job)
    start = loop.time()
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        try:
            await loop.shutdown_default_executor(0.5)
        except TypeError as error:
            print("TypeError:", error)
            await loop.shutdown_default_executor()
    print("returned after", round(loop.time() - start, 1))
    for warning in caught:
        print(warning.category.__name__, warning.message, "line", warning.lineno)
    try:
        loop.run_in_executor(None, job)
    except RuntimeError as error:
        print("RuntimeError:", error)


asyncio.run(main())
print("run ended")
