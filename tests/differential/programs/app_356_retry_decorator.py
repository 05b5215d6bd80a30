"""An async retry decorator with exponential backoff, used on two flaky functions."""
import asyncio
import functools


def retry(times, base_delay):
    def decorator(fn):
        @functools.wraps(fn)
        async def wrapper(*args, **kwargs):
            for attempt in range(1, times + 1):
                try:
                    return await fn(*args, **kwargs)
                except (TimeoutError, ConnectionError) as exc:
                    if attempt == times:
                        print(f"{fn.__name__}: giving up after {attempt} attempts")
                        raise
                    delay = base_delay * 2 ** (attempt - 1)
                    print(f"{fn.__name__}: attempt {attempt} failed ({exc!r}), sleeping {delay}")
                    await asyncio.sleep(delay)
        return wrapper
    return decorator


calls = {"fetch": 0, "upload": 0}


@retry(times=4, base_delay=0.01)
async def fetch():
    calls["fetch"] += 1
    await asyncio.sleep(0.005)
    if calls["fetch"] < 3:
        raise ConnectionError("reset")
    return "data"


@retry(times=2, base_delay=0.02)
async def upload():
    calls["upload"] += 1
    async with asyncio.timeout(0.01):
        await asyncio.sleep(0.05)


async def main():
    print("fetch ->", await fetch(), "name:", fetch.__name__)
    try:
        await upload()
    except TimeoutError:
        print("upload failed for good")
    print(calls)


asyncio.run(main())
