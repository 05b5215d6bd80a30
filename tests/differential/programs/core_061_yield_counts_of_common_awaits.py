import asyncio

ticks = 0


async def ticker():
    global ticks
    while True:
        ticks += 1
        await asyncio.sleep(0)


async def returns_at_once():
    return "x"


async def measure(label, make):
    before = ticks
    await make()
    print(f"{label}: {ticks - before}")


async def main():
    loop = asyncio.get_running_loop()
    t = asyncio.create_task(ticker())
    await asyncio.sleep(0)
    done = loop.create_future()
    done.set_result(1)
    finished = asyncio.create_task(returns_at_once())
    await asyncio.sleep(0)
    await asyncio.sleep(0)

    await measure("await done future", lambda: done)
    await measure("await finished task", lambda: finished)
    await measure("await coroutine without suspension", returns_at_once)
    await measure("sleep(0)", lambda: asyncio.sleep(0))
    await measure("create_task + await", lambda: asyncio.create_task(returns_at_once()))
    await measure("gather()", lambda: asyncio.gather())
    await measure("gather(done future)", lambda: asyncio.gather(done))
    await measure("gather(coroutine)", lambda: asyncio.gather(returns_at_once()))
    await measure("shield(done future)", lambda: asyncio.shield(done))
    await measure("wait_for(done future, 1)", lambda: asyncio.wait_for(done, 1))
    await measure("wait_for(coroutine, None)", lambda: asyncio.wait_for(returns_at_once(), None))
    await measure("wait([done future])", lambda: asyncio.wait([done]))
    t.cancel()


asyncio.run(main())
