"""Condition.wait_for whose predicate raises on the second check: the error comes out of wait_for with
the lock held (released by async with)."""
import asyncio

state = {"n": 0}

def pred():
    state["n"] += 1
    print("predicate call", state["n"])
    if state["n"] == 2:
        raise KeyError("pred")
    return False

async def waiter(cond):
    try:
        async with cond:
            await cond.wait_for(pred)
    except KeyError as e:
        print("waiter got", repr(e), "locked now:", cond.locked())

async def main():
    cond = asyncio.Condition()
    t = asyncio.create_task(waiter(cond))
    await asyncio.sleep(0)
    async with cond:
        cond.notify()
    await t

asyncio.run(main())
