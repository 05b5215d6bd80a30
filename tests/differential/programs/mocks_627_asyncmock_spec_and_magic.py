"""AsyncMock(spec=...) makes async methods awaitable and sync ones plain; MagicMock async context managers."""
import asyncio
from unittest.mock import AsyncMock, MagicMock


class Repository:
    async def save(self, item):
        ...

    def name(self):
        return "repo"


async def main():
    repo = AsyncMock(spec=Repository)
    print("save is", type(repo.save).__name__, "; name is", type(repo.name).__name__)
    await repo.save({"id": 1})
    repo.save.assert_awaited_once_with({"id": 1})
    try:
        repo.delete
    except AttributeError as exc:
        print("AttributeError:", exc)

    connection = MagicMock()
    connection.__aenter__.return_value = "session"
    async with connection as session:
        print("inside:", session)
    print("aexit awaited:", connection.__aexit__.await_count)

    stream = MagicMock()
    stream.__aiter__.return_value = [1, 2, 3]
    print("iterated:", [x async for x in stream])

asyncio.run(main())
