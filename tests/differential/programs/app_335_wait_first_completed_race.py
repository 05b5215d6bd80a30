"""Race two mirrors with wait(FIRST_COMPLETED), cancel the loser."""
import asyncio


async def download(mirror, delay):
    try:
        await asyncio.sleep(delay)
        return f"file from {mirror}"
    except asyncio.CancelledError:
        print(f"{mirror}: download aborted")
        raise


async def fastest(mirrors):
    tasks = {asyncio.create_task(download(m, d), name=m): m for m, d in mirrors}
    done, pending = await asyncio.wait(tasks, return_when=asyncio.FIRST_COMPLETED)
    for t in pending:
        t.cancel()
    await asyncio.wait(pending)
    winner = done.pop()
    return winner.get_name(), winner.result()


async def main():
    print(await fastest([("eu", 0.04), ("us", 0.02)]))
    print(await fastest([("asia", 0.01), ("eu", 0.03)]))


asyncio.run(main())
