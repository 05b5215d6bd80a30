import asyncio


async def main():
    loop = asyncio.get_running_loop()
    print("debug:", loop.get_debug())
    try:
        loop.call_soon(42)
    except TypeError as e:
        print("TypeError:", e)

    async def coro_fn():
        pass

    try:
        loop.call_soon(coro_fn)
    except TypeError as e:
        print("TypeError:", e)


asyncio.run(main(), debug=True)
