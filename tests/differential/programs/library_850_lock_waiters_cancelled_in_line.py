"""Three clients queue on a Lock; one gives up (wait_for timeout) while in line: the others keep their turn."""
import asyncio


async def client(name, lock, patience, hold, log):
    try:
        async with asyncio.timeout(patience):
            await lock.acquire()
    except TimeoutError:
        log.append(f"{name} gave up")
        print(f"{name} gave up waiting")
        return
    try:
        print(f"{name} holds the lock")
        log.append(name)
        await asyncio.sleep(hold)
    finally:
        lock.release()
        print(f"{name} released")


async def main():
    lock = asyncio.Lock()
    log = []
    await asyncio.gather(
        client("a", lock, 1, 0.3, log),
        client("b", lock, 0.1, 0.1, log),
        client("c", lock, 1, 0.1, log),
        client("d", lock, 0.35, 0.1, log),
    )
    print(log, lock.locked())


asyncio.run(main())
