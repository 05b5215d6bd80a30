# changes: as_completed_iterator
# 3.13: as_completed() wraps the awaitables in tasks when it is called; in 3.11 and 3.12 it is a
# generator, and nothing starts before the first iteration. The error for a coroutine argument
# changed wording too.
import asyncio


async def job():
    print("job starts")
    return 1


async def main():
    pending = asyncio.as_completed([job()])
    await asyncio.sleep(0)
    print("after one step")
    for next_done in pending:
        print("result", await next_done)
    lone = job()
    try:
        for _ in asyncio.as_completed(lone):
            pass
    except TypeError as error:
        print("TypeError:", error)
    lone.close()


asyncio.run(main())
