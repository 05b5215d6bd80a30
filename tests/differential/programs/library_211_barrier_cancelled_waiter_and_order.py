import asyncio


async def party(name, barrier, log):
    log.append(f"{name} in")
    i = await barrier.wait()
    log.append(f"{name} out {i}")


async def main():
    b = asyncio.Barrier(2)
    log = []
    t = asyncio.create_task(party("a", b, log))
    await asyncio.sleep(0)
    print("n_waiting", b.n_waiting)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print("a cancelled; n_waiting", b.n_waiting)
    t1 = asyncio.create_task(party("b", b, log))
    t2 = asyncio.create_task(party("c", b, log))
    t3 = asyncio.create_task(party("d", b, log))
    t4 = asyncio.create_task(party("e", b, log))
    for i in range(8):
        await asyncio.sleep(0)
        print(i, log, b.n_waiting)
    await asyncio.gather(t1, t2, t3, t4)
    print(log)


asyncio.run(main())
