import asyncio

state = {"n": 0}


async def watcher(cond, target):
    async with cond:
        r = await cond.wait_for(lambda: state["n"] >= target)
        print("watcher", target, "satisfied at", state["n"], r)


async def main():
    cond = asyncio.Condition()
    ws = [asyncio.create_task(watcher(cond, t)) for t in (2, 1, 3)]
    await asyncio.sleep(0)
    for i in range(4):
        async with cond:
            state["n"] += 1
            print("n =", state["n"])
            cond.notify_all()
        await asyncio.sleep(0)
    await asyncio.gather(*ws)


asyncio.run(main())
