import asyncio


async def party(name, barrier, log):
    log.append(f"{name} arrives")
    idx = await barrier.wait()
    log.append(f"{name} leaves {idx}")


async def main():
    b = asyncio.Barrier(2)
    log = []
    tasks = [asyncio.create_task(party(n, b, log)) for n in "abc"]
    for step in range(6):
        await asyncio.sleep(0)
        print(step, b.n_waiting, log)
    d = asyncio.create_task(party("d", b, log))
    await asyncio.gather(*tasks, d)
    print(log)


asyncio.run(main())
