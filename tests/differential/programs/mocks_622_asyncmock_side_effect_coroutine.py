"""AsyncMock with an async side_effect that sleeps: gathered calls finish in the order of their delays."""
import asyncio
from unittest.mock import AsyncMock


async def slow_echo(value, delay):
    await asyncio.sleep(delay)
    print("echo", value)
    return value


async def main():
    mock = AsyncMock(side_effect=slow_echo)
    results = await asyncio.gather(mock("a", 0.3), mock("b", 0.1), mock("c", 0.2))
    print(results)
    print("awaited", mock.await_count, "times; last with", mock.await_args)
    mock.assert_any_await("b", 0.1)
    try:
        mock.assert_awaited_once()
    except AssertionError as exc:
        print("AssertionError:", exc)

asyncio.run(main())
