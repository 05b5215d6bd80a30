"""Retries with exponential backoff; every attempt is bounded by wait_for."""
import asyncio

attempts = {"count": 0}


async def flaky_request():
    attempts["count"] += 1
    n = attempts["count"]
    if n == 1:
        await asyncio.sleep(0.1)    # too slow: times out
        return "late"
    if n == 2:
        await asyncio.sleep(0.01)
        raise ConnectionError("connection reset")
    await asyncio.sleep(0.01)
    return f"payload from attempt {n}"


async def with_retries(coro_fn, retries=5, base=0.01, timeout=0.05):
    for attempt in range(1, retries + 1):
        try:
            return await asyncio.wait_for(coro_fn(), timeout)
        except (asyncio.TimeoutError, ConnectionError) as exc:
            delay = base * 2 ** (attempt - 1)
            print(f"attempt {attempt} failed: {type(exc).__name__} {exc}; retry in {delay:.2f}s")
            await asyncio.sleep(delay)
    raise RuntimeError("giving up")


async def main():
    result = await with_retries(flaky_request)
    print("result:", result)
    print("attempts:", attempts["count"])


asyncio.run(main())
