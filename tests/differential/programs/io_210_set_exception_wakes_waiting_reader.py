import asyncio


async def waiter(r):
    try:
        await r.readline()
    except ConnectionResetError as e:
        print("reader woke with", repr(e))


async def main():
    r = asyncio.StreamReader()
    t = asyncio.create_task(waiter(r))
    await asyncio.sleep(0)
    r.feed_data(b"partial")
    print("fed partial")
    await asyncio.sleep(0)
    r.set_exception(ConnectionResetError("gone"))
    print("exception set")
    await t
    try:
        await r.read(100)
    except ConnectionResetError as e:
        print("later read:", e)
    print("buffer still", repr(r)[:40].split(" exception")[0])


asyncio.run(main())
