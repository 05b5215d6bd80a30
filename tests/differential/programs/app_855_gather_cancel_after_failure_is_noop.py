"""The docs' note: once gather() raised a child's exception, cancelling it cancels nothing; the others run on."""
import asyncio


async def fails():
    await asyncio.sleep(0.1)
    raise ValueError("bad input")


async def slow(name):
    try:
        await asyncio.sleep(0.3)
        print(f"{name} finished anyway")
        return name
    except asyncio.CancelledError:
        print(f"{name} was cancelled")
        raise


async def main():
    others = [asyncio.create_task(slow("s1")), asyncio.create_task(slow("s2"))]
    g = asyncio.gather(fails(), *others)
    try:
        await g
    except ValueError as e:
        print("gather raised:", e)
    print("g.done():", g.done(), "g.cancel():", g.cancel())
    print("results:", await asyncio.gather(*others))

    g2 = asyncio.gather(slow("s3"), slow("s4"))
    await asyncio.sleep(0.1)
    print("cancel a pending gather:", g2.cancel())
    try:
        await g2
    except asyncio.CancelledError:
        print("the gather itself is cancelled:", g2.cancelled())


asyncio.run(main())
