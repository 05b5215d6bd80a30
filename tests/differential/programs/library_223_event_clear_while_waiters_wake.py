import asyncio


async def waiter(name, ev, log):
    await ev.wait()
    log.append(f"{name} woke, is_set={ev.is_set()}")


async def main():
    ev = asyncio.Event()
    log = []
    tasks = [asyncio.create_task(waiter(f"w{i}", ev, log)) for i in range(3)]
    await asyncio.sleep(0)
    ev.set()
    ev.clear()
    print("set then clear:", ev.is_set())
    await asyncio.sleep(0)
    print(log)
    late = asyncio.create_task(waiter("late", ev, log))
    await asyncio.sleep(0)
    ev.set()
    print("set again")
    ev.set()
    await asyncio.sleep(0)
    ev.clear()
    await asyncio.sleep(0)
    print(log)
    await asyncio.gather(*tasks, late)
    print("wait on set event returns", await ev.wait() if ev.set() is None else None)


asyncio.run(main())
