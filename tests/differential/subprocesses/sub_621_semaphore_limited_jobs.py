"""At most two commands at a time (a Semaphore), six jobs, results collected in job order."""
import asyncio

running = 0
most = 0


async def job(limit, number):
    global running, most
    async with limit:
        running += 1
        most = max(most, running)
        proc = await asyncio.create_subprocess_shell(f"sleep 0.05; echo job {number} squared $(({number} * {number}))",
                                                     stdout=asyncio.subprocess.PIPE)
        out, _ = await proc.communicate()
        running -= 1
        return out.decode().strip()


async def main():
    limit = asyncio.Semaphore(2)
    for line in await asyncio.gather(*(job(limit, n) for n in range(1, 7))):
        print(line)
    print("at most", most, "at a time")


asyncio.run(main())
