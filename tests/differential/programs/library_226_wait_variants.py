import asyncio


async def work(n, delay, fail=False):
    await asyncio.sleep(delay)
    if fail:
        raise ValueError(n)
    return n


def names(tasks):
    return sorted(t.get_name() for t in tasks)


async def main():
    try:
        await asyncio.wait(set())
    except ValueError as e:
        print("ValueError:", e)
    try:
        await asyncio.wait([])
    except ValueError as e:
        print("ValueError:", e)
    a = asyncio.create_task(work("a", 0.01), name="a")
    b = asyncio.create_task(work("b", 0.03), name="b")
    c = asyncio.create_task(work("c", 0.02, fail=True), name="c")
    done, pending = await asyncio.wait([a, b, c], return_when=asyncio.FIRST_EXCEPTION)
    print("first exception:", names(done), names(pending))
    done, pending = await asyncio.wait([a, b, c], timeout=0)
    print("timeout 0:", names(done), names(pending))
    done, pending = await asyncio.wait([b, b, a], return_when=asyncio.FIRST_COMPLETED)
    print("first completed with done input:", names(done), names(pending))
    done, pending = await asyncio.wait([b])
    print("all:", names(done), names(pending))
    try:
        await asyncio.wait([a], return_when="SOMETIMES")
    except ValueError as e:
        print("ValueError:", e)
    d = asyncio.create_task(work("d", 0.05), name="d")
    done, pending = await asyncio.wait({d}, timeout=0.01)
    print("timed out, not cancelled:", names(pending), d.cancelled())
    print(await d)
    print(c.exception())


asyncio.run(main())
