import asyncio
import re


def clean(r):
    r = re.sub(r" at 0x[0-9a-f]+", "", r)
    return re.sub(r"(running at |defined at )[^:>]*/", r"\1", r)


async def child():
    await asyncio.sleep(0.01)
    return 1


async def main():
    loop = asyncio.get_running_loop()
    f = loop.create_future()
    f.add_done_callback(print)
    print(clean(repr(f)))
    t = asyncio.create_task(child())
    print(clean(repr(t)))
    await asyncio.sleep(0)
    print(clean(repr(t)))
    await t
    print(clean(repr(t)))
    lock = asyncio.Lock()
    print(clean(repr(lock)))
    await lock.acquire()
    print(clean(repr(lock)))
    ev = asyncio.Event()
    print(clean(repr(ev)))
    ev.set()
    print(clean(repr(ev)))
    sem = asyncio.Semaphore(2)
    print(clean(repr(sem)))
    q = asyncio.Queue(2)
    q.put_nowait(1)
    print(clean(repr(q)))
    cond = asyncio.Condition()
    print(clean(repr(cond)))
    async with asyncio.TaskGroup() as tg:
        print(repr(tg))
        tg.create_task(asyncio.sleep(0))
        print(repr(tg))
    print(repr(tg))
    async with asyncio.timeout(None) as cm:
        print(repr(cm))
    print(repr(cm))
    f.set_result(3)
    await asyncio.sleep(0)


asyncio.run(main())
