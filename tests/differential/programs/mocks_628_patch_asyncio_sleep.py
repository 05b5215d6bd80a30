"""Patching asyncio.sleep with an AsyncMock makes a retry loop run instantly and records the delays."""
import asyncio
from unittest import mock


async def retry(operation, attempts=4, base=0.5):
    for attempt in range(attempts):
        try:
            return await operation()
        except ValueError:
            await asyncio.sleep(base * 2 ** attempt)
    raise TimeoutError("gave up")


async def main():
    flaky = mock.AsyncMock(side_effect=[ValueError(), ValueError(), "ok"])
    with mock.patch("asyncio.sleep", new_callable=mock.AsyncMock) as fake_sleep:
        print(await retry(flaky))
        print("delays:", [c.args[0] for c in fake_sleep.await_args_list])
    loop = asyncio.get_running_loop()
    start = loop.time()
    await asyncio.sleep(0.2)
    print("real sleep back:", round(loop.time() - start, 1))

asyncio.run(main())
