"""unittest.mock.AsyncMock: awaiting it returns return_value, records awaits, and side_effect can raise."""
import asyncio
import inspect
from unittest.mock import AsyncMock, call


async def fetch_user(client, user_id):
    response = await client.get(f"/users/{user_id}")
    return response["name"]


async def main():
    client = AsyncMock()
    client.get.return_value = {"name": "ada"}
    print("is coroutine function:", asyncio.iscoroutinefunction(client.get), inspect.iscoroutinefunction(client.get))
    print(await fetch_user(client, 1))
    print(await fetch_user(client, 2))
    client.get.assert_awaited_with("/users/2")
    print("await_count:", client.get.await_count)
    print("await_args_list:", client.get.await_args_list == [call("/users/1"), call("/users/2")])

    client.get.side_effect = ConnectionError("down")
    try:
        await fetch_user(client, 3)
    except ConnectionError as exc:
        print("raised:", exc)

    client.get.side_effect = [{"name": "x"}, {"name": "y"}]
    print([await fetch_user(client, i) for i in range(2)])

    client.get.side_effect = None
    unawaited = client.get("/never")
    print("called but not awaited:", client.get.call_count, client.get.await_count)
    print("is a coroutine:", asyncio.iscoroutine(unawaited))
    await unawaited
    print("now awaited:", client.get.await_count)

asyncio.run(main())
