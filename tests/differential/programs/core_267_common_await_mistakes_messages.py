"""The messages of common mistakes: awaiting a function, gather of a list, with on an asyncio.Lock,
wait() of coroutines, create_task of a function, and so on."""
import asyncio

async def work(n=1):
    await asyncio.sleep(0)
    return n

async def main():
    attempts = [
        ("await sleep fn", lambda: asyncio.sleep),
        ("gather list", lambda: asyncio.gather([work(), work()])),
        ("with lock", None),
        ("wait coroutines", lambda: asyncio.wait([work()])),
        ("create_task of fn", lambda: asyncio.create_task(work)),
        ("ensure_future 3", lambda: asyncio.ensure_future(3)),
        ("await int", lambda: 3),
        ("as_completed coroutine", lambda: next(iter(asyncio.as_completed(work())))),
        ("wait empty", lambda: asyncio.wait([])),
        ("Queue get bad", lambda: asyncio.Queue().get(1)),
    ]
    for label, make in attempts:
        try:
            if make is None:
                with asyncio.Lock():
                    pass
                continue
            await make()
            print(label, "ok")
        except Exception as e:
            print(label, "->", type(e).__name__, str(e).split(" at 0x")[0])
    import gc; gc.collect()

asyncio.run(main())
