"""A cancel message given to gather, to a task running wait_for, and to a shield's outer future:
which children see it and what the awaiting code gets."""
import asyncio

async def child(n):
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError as e:
        print("child", n, "cancelled with", e.args)
        raise

async def main():
    g = asyncio.gather(child(1), child(2))
    await asyncio.sleep(0)
    g.cancel("stop now")
    try:
        await g
    except asyncio.CancelledError as e:
        print("gather raised", e.args)
    t = asyncio.create_task(asyncio.wait_for(child(3), 5))
    await asyncio.sleep(0)
    t.cancel("wf msg")
    try:
        await t
    except asyncio.CancelledError as e:
        print("wait_for raised", e.args)
    inner = asyncio.create_task(child(4))
    s = asyncio.shield(inner)
    await asyncio.sleep(0)
    s.cancel("shield msg")
    try:
        await s
    except asyncio.CancelledError as e:
        print("shield raised", e.args, inner.cancelled())
    inner.cancel("real")
    await asyncio.gather(inner, return_exceptions=True)

asyncio.run(main())
