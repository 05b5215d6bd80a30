import asyncio


async def sleeper(i, delay):
    await asyncio.sleep(delay)
    return i


async def main():
    loop = asyncio.get_running_loop()
    start = loop.time()
    order = []
    delays = [0.03, 0.01, 0.02, 0.04, 0.01, 0.03, 0.02]
    tasks = [asyncio.create_task(sleeper(i, d)) for i, d in enumerate(delays)]
    for t in tasks:
        t.add_done_callback(lambda t: order.append(t.result()))
    await asyncio.gather(*tasks)
    print(order)
    print("at least 0.04 s:", loop.time() - start >= 0.04)
    for _ in range(10):
        await asyncio.sleep(0.01)
    print("at least 0.14 s:", loop.time() - start >= 0.14)


asyncio.run(main())
