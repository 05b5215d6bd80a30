import asyncio


async def work(n, delay):
    await asyncio.sleep(delay)
    return n


async def main():
    print("empty:", [c for c in asyncio.as_completed([])])
    loop = asyncio.get_running_loop()
    done = loop.create_future()
    done.set_result("already")
    c = work("dup", 0.01)
    results = []
    # as_completed wraps its arguments in set order: distinct delays keep the finishing order defined.
    for aw in asyncio.as_completed([work("b", 0.05), done, c, c, work("a", 0.03)]):
        results.append(await aw)
    print(results)
    its = asyncio.as_completed([work("x", 0.01), work("y", 0.05)], timeout=0.02)
    print(await next(its))
    try:
        await next(its)
    except TimeoutError:
        print("second timed out at", round(loop.time(), 2) > 0)
    try:
        next(its)
    except StopIteration:
        print("iterator exhausted")
    print("pending tasks left:", len(asyncio.all_tasks()) - 1)
    await asyncio.sleep(0.05)
    print("pending tasks later:", len(asyncio.all_tasks()) - 1)


asyncio.run(main())
