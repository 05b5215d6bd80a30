"""asyncio.wait(return_when=FIRST_EXCEPTION): what is done, what is pending, and retrieving the error."""
import asyncio


async def job(name, seconds, fail=False):
    await asyncio.sleep(seconds)
    if fail:
        raise ConnectionError(f"{name} lost connection")
    return name


async def main():
    tasks = {asyncio.create_task(job(n, s, f), name=n) for n, s, f in
             (("ok-fast", 0.05, False), ("bad", 0.1, True), ("ok-slow", 0.3, False))}
    done, pending = await asyncio.wait(tasks, return_when=asyncio.FIRST_EXCEPTION)
    print("done:", sorted(t.get_name() for t in done))
    print("pending:", sorted(t.get_name() for t in pending))
    for t in sorted(done, key=lambda t: t.get_name()):
        print(t.get_name(), "->", t.exception() or t.result())
    for t in pending:
        t.cancel()
    done2, pending2 = await asyncio.wait(pending)
    print("after cancel:", [t.cancelled() for t in done2], len(pending2))
    done3, pending3 = await asyncio.wait([asyncio.create_task(job("x", 0.1))], return_when=asyncio.FIRST_EXCEPTION)
    print("no exception: waits for all:", len(done3), len(pending3))


asyncio.run(main())
