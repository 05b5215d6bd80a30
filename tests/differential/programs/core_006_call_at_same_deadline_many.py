import asyncio

# Eight timers with exactly the same deadline: CPython keeps timers in a
# heapq ordered by deadline only, so the order they fire in is heap order.


async def main():
    loop = asyncio.get_running_loop()
    when = loop.time() + 0.01
    out = []
    for i in range(8):
        loop.call_at(when, out.append, i)
    await asyncio.sleep(0.03)
    print(out)


asyncio.run(main())
