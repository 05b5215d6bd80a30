"""A retry loop around a flaky call with a per-attempt timeout and a back-off, and a caller that gives up
with a cancel message: what each layer prints as the attempts fail, time out and are cancelled."""
import asyncio

attempts = 0

async def flaky():
    global attempts
    attempts += 1
    n = attempts
    if n == 1:
        await asyncio.sleep(0.05)
        raise ConnectionError("refused")
    await asyncio.sleep(0.5 if n == 2 else 0.05)
    return f"ok on attempt {n}"

async def with_retries():
    for i in range(1, 5):
        try:
            async with asyncio.timeout(0.2):
                return await flaky()
        except ConnectionError as e:
            print("attempt", i, "failed:", e)
        except TimeoutError:
            print("attempt", i, "timed out")
        await asyncio.sleep(0.1 * i)
    raise RuntimeError("gave up")

async def main():
    loop = asyncio.get_running_loop()
    start = loop.time()
    print(await with_retries(), round(loop.time() - start, 1))
    t = asyncio.create_task(with_retries())
    await asyncio.sleep(0.02)
    t.cancel("caller gave up")
    try:
        await t
    except asyncio.CancelledError as e:
        print("cancelled:", e.args, "attempts so far:", attempts)

asyncio.run(main())
