"""timeout(None) given a deadline, then none again; then a body that catches the expiry's cancellation and
tries to push the deadline back: the timeout is expiring, so reschedule() raises RuntimeError ("Cannot change
state of expiring Timeout"), which ends the program."""
import asyncio

async def main():
    loop = asyncio.get_running_loop()
    start = loop.time()
    async with asyncio.timeout(None) as cm:
        print("when", cm.when())
        cm.reschedule(loop.time() + 0.3)
        print("rescheduled", round(cm.when() - start, 3))
        await asyncio.sleep(0.1)
        cm.reschedule(None)
        await asyncio.sleep(0.5)
    print("no timeout", cm.expired(), round(loop.time() - start, 2))
    try:
        async with asyncio.timeout(0.1) as cm2:
            try:
                await asyncio.sleep(1)
            except asyncio.CancelledError:
                print("inner cancelled, extending")
                cm2.reschedule(loop.time() + 1)
                raise
    except TimeoutError:
        print("timeout still raised", cm2.expired())
    print(repr(cm2).split()[0])

asyncio.run(main())
