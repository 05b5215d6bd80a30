"""A release() too many: Semaphore silently grows, BoundedSemaphore catches the bug."""
import asyncio


async def buggy_worker(sem, name):
    await sem.acquire()
    try:
        await asyncio.sleep(0.01)
        print(f"{name} done")
    finally:
        sem.release()
    sem.release()   # bug: released twice


async def main():
    for cls in (asyncio.Semaphore, asyncio.BoundedSemaphore):
        sem = cls(2)
        try:
            await asyncio.gather(buggy_worker(sem, "a"), buggy_worker(sem, "b"))
            print(f"{cls.__name__}: no error, value now {sem._value}")
        except ValueError as exc:
            print(f"{cls.__name__}: ValueError: {exc}")


asyncio.run(main())
