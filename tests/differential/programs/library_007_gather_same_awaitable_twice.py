import asyncio

count = 0


async def job():
    global count
    count += 1
    await asyncio.sleep(0)
    return count


async def main():
    t = asyncio.create_task(job())
    print(await asyncio.gather(t, t, t))
    c = job()
    print(await asyncio.gather(c, c))
    print("count", count)


asyncio.run(main())
