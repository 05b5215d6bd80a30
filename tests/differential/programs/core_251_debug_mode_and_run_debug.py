import asyncio


async def coro():
    return 1


async def main():
    loop = asyncio.get_running_loop()
    print("debug:", loop.get_debug())
    try:
        loop.call_soon(coro)
    except TypeError as e:
        print("TypeError:", e)
    c = coro()
    try:
        loop.call_soon(c)
    except TypeError as e:
        print("TypeError:", e)
    c.close()
    try:
        loop.call_later(0.01, 5)
    except TypeError as e:
        print("TypeError:", e)


asyncio.run(main(), debug=True)
asyncio.run(main(), debug=False)
