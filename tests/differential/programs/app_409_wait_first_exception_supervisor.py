"""A supervisor uses wait(FIRST_EXCEPTION) to notice a crashed worker and stop the rest."""
import asyncio


async def worker(n):
    for step in range(5):
        await asyncio.sleep(0.01 * (n + 1))
        if n == 1 and step == 2:
            raise RuntimeError(f"worker {n} crashed at step {step}")
    return f"worker {n} ok"


async def main():
    tasks = [asyncio.create_task(worker(n), name=f"w{n}") for n in range(3)]
    done, pending = await asyncio.wait(tasks, return_when=asyncio.FIRST_EXCEPTION)
    for t in sorted(done, key=lambda t: t.get_name()):
        exc = t.exception()
        print(t.get_name(), "->", f"error: {exc}" if exc else t.result())
    print("stopping", sorted(t.get_name() for t in pending))
    for t in pending:
        t.cancel()
    await asyncio.wait(pending)
    print("all stopped:", all(t.done() for t in tasks))


asyncio.run(main())
