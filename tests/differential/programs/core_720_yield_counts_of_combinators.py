"""How many loop iterations common combinators take when what they wait for needs one iteration or none:
counted by a ticker task that adds one per iteration."""
import asyncio

ticks = 0

async def ticker():
    global ticks
    while True:
        ticks += 1
        await asyncio.sleep(0)

async def quick():
    return 1

async def one_step():
    await asyncio.sleep(0)
    return 2

async def measure(label, make):
    before = ticks
    try:
        await make()
    except Exception as e:
        print(label, "raised", type(e).__name__)
    print(f"{label}: {ticks - before}")

async def main():
    t = asyncio.create_task(ticker())
    await asyncio.sleep(0)
    await measure("wait_for(quick(), 1)", lambda: asyncio.wait_for(quick(), 1))
    await measure("wait_for(one_step(), 1)", lambda: asyncio.wait_for(one_step(), 1))
    await measure("wait_for(one_step(), None)", lambda: asyncio.wait_for(one_step(), None))
    await measure("shield(one_step())", lambda: asyncio.shield(one_step()))
    await measure("gather(quick(), quick())", lambda: asyncio.gather(quick(), quick()))
    await measure("gather(one_step(), quick())", lambda: asyncio.gather(one_step(), quick()))
    await measure("gather(return_exceptions)", lambda: asyncio.gather(quick(), return_exceptions=True))
    async def first_completed():
        await asyncio.wait([asyncio.create_task(quick()), asyncio.create_task(one_step())],
                           return_when=asyncio.FIRST_COMPLETED)
    await measure("wait FIRST_COMPLETED", first_completed)
    async def wait_all():
        await asyncio.wait([asyncio.create_task(quick()), asyncio.create_task(one_step())])
    await measure("wait ALL", wait_all)
    async def wait_timeout0():
        await asyncio.wait([asyncio.create_task(one_step())], timeout=0)
    await measure("wait timeout=0", wait_timeout0)
    async def ac():
        for f in asyncio.as_completed([asyncio.create_task(quick()), asyncio.create_task(one_step())]):
            await f
    await measure("as_completed two tasks", ac)
    async def tg():
        async with asyncio.TaskGroup() as g:
            g.create_task(quick())
    await measure("TaskGroup quick child", tg)
    async def tmo():
        async with asyncio.timeout(1):
            await one_step()
    await measure("timeout around one_step", tmo)
    await measure("sleep(0.0)", lambda: asyncio.sleep(0.0))
    await measure("ensure_future(quick())", lambda: asyncio.ensure_future(quick()))
    t.cancel()

asyncio.run(main())
