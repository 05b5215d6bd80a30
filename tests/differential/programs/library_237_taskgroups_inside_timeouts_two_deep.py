"""An inner timeout expires around an inner TaskGroup that sits in an outer TaskGroup's body, inside
an outer timeout: the inner group's unfinished child is cancelled, the TimeoutError leaves the inner
timeout into the outer group's body, and the outer group cancels its own child and wraps the error in
an ExceptionGroup, which `except TimeoutError` does not catch: the program ends with it."""
import asyncio

async def child(n):
    try:
        await asyncio.sleep(n)
        print("child", n, "done")
        return n
    except asyncio.CancelledError:
        print("child", n, "cancelled")
        raise

async def main():
    try:
        async with asyncio.timeout(1) as outer:
            async with asyncio.TaskGroup() as tg:
                tg.create_task(child(0.5))
                async with asyncio.timeout(0.2) as inner:
                    async with asyncio.TaskGroup() as tg2:
                        tg2.create_task(child(0.1))
                        tg2.create_task(child(0.3))
                print("inner expired?", inner.expired())
    except TimeoutError as e:
        print("outer timeout", type(e).__name__, repr(e.__cause__)[:20] if e.__cause__ else None)
    print("outer expired", outer.expired())

asyncio.run(main())
