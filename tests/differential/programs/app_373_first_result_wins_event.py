"""Query three replicas; the first answer sets an Event and the rest are cancelled."""
import asyncio


async def replica(name, delay, answer, found):
    try:
        await asyncio.sleep(delay)
        if not found.is_set():
            answer.append(name)
            found.set()
            print(f"{name} answered first")
    except asyncio.CancelledError:
        print(f"{name} stopped")
        raise


async def main():
    found = asyncio.Event()
    answer = []
    tasks = [asyncio.create_task(replica(n, d, answer, found)) for n, d in
             [("r1", 0.05), ("r2", 0.02), ("r3", 0.035)]]
    await found.wait()
    for t in tasks:
        t.cancel()
    outcome = await asyncio.gather(*tasks, return_exceptions=True)
    print("winner:", answer[0])
    print(["cancelled" if isinstance(o, asyncio.CancelledError) else o for o in outcome])


asyncio.run(main())
