"""A TaskGroup child that raises CancelledError itself, or is cancelled from the body, does not abort
the group: the other children finish."""
import asyncio

async def self_cancel():
    await asyncio.sleep(0.01)
    raise asyncio.CancelledError()

async def normal(n):
    await asyncio.sleep(n)
    print("normal", n, "finished")
    return n

async def main():
    async with asyncio.TaskGroup() as tg:
        a = tg.create_task(self_cancel())
        b = tg.create_task(normal(0.05))
    print("group exited", a.cancelled(), b.result())
    async with asyncio.TaskGroup() as tg:
        c = tg.create_task(normal(0.02))
        c.cancel()
        d = tg.create_task(normal(0.01))
    print(c.cancelled(), d.result())

asyncio.run(main())
