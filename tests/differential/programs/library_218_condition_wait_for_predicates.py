import asyncio


async def consumer(name, cond, state):
    async with cond:
        print(name, "waiting")
        result = await cond.wait_for(lambda: state["n"] >= 2 and name)
        print(name, "got predicate result", result, "n =", state["n"])
        state["n"] -= 1


async def main():
    cond = asyncio.Condition()
    state = {"n": 0}
    tasks = [asyncio.create_task(consumer(f"c{i}", cond, state)) for i in range(3)]
    await asyncio.sleep(0)
    for i in range(4):
        async with cond:
            state["n"] += 1
            print("producer n =", state["n"])
            cond.notify_all()
        await asyncio.sleep(0.01)
    async with cond:
        state["n"] += 5
        cond.notify(1)
    await asyncio.sleep(0.01)
    print("still waiting:", [t.done() for t in tasks])
    async with cond:
        cond.notify(2)
    await asyncio.gather(*tasks)
    print("final n", state["n"])
    async with cond:
        print("immediate:", await cond.wait_for(lambda: "already true"))
    try:
        await cond.wait()
    except RuntimeError as e:
        print("RuntimeError:", e)
    try:
        cond.notify()
    except RuntimeError as e:
        print("RuntimeError:", e)


asyncio.run(main())
