"""A gather child cancelled with a message: without return_exceptions the child's CancelledError becomes
gather's exception (gather is failed, not cancelled); awaiting gather raises it with the message; the other
child keeps running."""
import asyncio

async def job(n):
    await asyncio.sleep(n)
    return n

async def main():
    a = asyncio.create_task(job(1))
    b = asyncio.create_task(job(2))
    g = asyncio.gather(a, b)
    await asyncio.sleep(0.1)
    a.cancel("child msg")
    try:
        await g
    except asyncio.CancelledError as e:
        print("gather raised", e.args, "g.cancelled():", g.cancelled(), "b done:", b.done())
    print(await b)

asyncio.run(main())
