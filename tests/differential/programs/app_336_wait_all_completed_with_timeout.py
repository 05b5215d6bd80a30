"""asyncio.wait with a timeout: done and pending sets (sorted for printing)."""
import asyncio


async def job(name, delay, fail=False):
    await asyncio.sleep(delay)
    if fail:
        raise RuntimeError(f"{name} crashed")
    return name.upper()


async def main():
    tasks = [asyncio.create_task(job(n, d, f), name=n)
             for n, d, f in [("a", 0.01, False), ("b", 0.05, False), ("c", 0.02, True), ("d", 0.1, False)]]
    done, pending = await asyncio.wait(tasks, timeout=0.06)
    print("done:", sorted(t.get_name() for t in done))
    print("pending:", sorted(t.get_name() for t in pending))
    for t in sorted(done, key=lambda t: t.get_name()):
        if t.exception():
            print(f"{t.get_name()} failed: {t.exception()}")
        else:
            print(f"{t.get_name()} -> {t.result()}")
    done2, _ = await asyncio.wait(pending)
    print("later:", [t.result() for t in done2])


asyncio.run(main())
