import asyncio


async def important():
    await asyncio.sleep(0.03)
    print("important finished")
    return 99


async def caller(holder):
    inner = asyncio.ensure_future(important())
    holder.append(inner)
    try:
        return await asyncio.shield(inner)
    except asyncio.CancelledError:
        print("caller cancelled while shielded")
        raise


async def main():
    holder = []
    t = asyncio.create_task(caller(holder))
    await asyncio.sleep(0.01)
    t.cancel()
    await asyncio.gather(t, return_exceptions=True)
    print("caller cancelled:", t.cancelled(), "inner done:", holder[0].done())
    print("inner result:", await holder[0])
    f = asyncio.get_running_loop().create_future()
    f.set_result("done")
    print("shield of done future:", await asyncio.shield(f))


asyncio.run(main())
