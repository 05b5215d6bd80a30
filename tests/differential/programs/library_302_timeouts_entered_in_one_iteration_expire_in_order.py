"""Six requests, at most two at a time (Semaphore(2)), each allowed 0.2 s in all by asyncio.timeout: the first
two take 0.1 s, the next two start then and time out with the four still waiting. All six timeouts were set in
one iteration, but each task read the clock for its own: on a real clock they expire in the order the tasks
entered them (2, 3, 4, 5), not in the order asyncio's heap would pop six equal deadlines."""
import asyncio

async def request(i, sem, log):
    try:
        async with asyncio.timeout(0.2):
            async with sem:
                log.append(f"start {i}")
                await asyncio.sleep(0.1)
                log.append(f"end {i}")
    except TimeoutError:
        log.append(f"timeout {i}")

async def main():
    sem = asyncio.Semaphore(2)
    log = []
    await asyncio.gather(*(request(i, sem, log) for i in range(6)))
    print(log)

asyncio.run(main())
