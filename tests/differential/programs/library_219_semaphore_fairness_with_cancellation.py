import asyncio


async def user(name, sem, hold, log):
    log.append(f"{name} wants")
    try:
        async with sem:
            log.append(f"{name} got")
            await asyncio.sleep(hold)
        log.append(f"{name} released")
    except asyncio.CancelledError:
        log.append(f"{name} cancelled")
        raise


async def main():
    sem = asyncio.Semaphore(2)
    log = []
    tasks = {n: asyncio.create_task(user(n, sem, 0.02, log)) for n in "abcdef"}
    await asyncio.sleep(0.01)
    print("locked", sem.locked(), "value", sem._value)
    tasks["c"].cancel()
    tasks["e"].cancel()
    await asyncio.sleep(0.015)
    tasks["d"].cancel()
    await asyncio.gather(*tasks.values(), return_exceptions=True)
    print("\n".join(log))
    print("final value", sem._value, sem.locked())


asyncio.run(main())
