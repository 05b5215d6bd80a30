import asyncio


async def waiter(ev, name):
    print(name, "waits")
    r = await ev.wait()
    print(name, "woke", r, "is_set now:", ev.is_set())


async def main():
    ev = asyncio.Event()
    tasks = [asyncio.create_task(waiter(ev, n)) for n in ("w1", "w2", "w3")]
    await asyncio.sleep(0)
    ev.set()
    ev.clear()
    print("set then clear")
    await asyncio.gather(*tasks)
    ev.set()
    print("wait on set event:", await ev.wait())


asyncio.run(main())
