import asyncio


async def waiter(ev, name):
    try:
        await ev.wait()
        print(name, "woke")
    except asyncio.CancelledError:
        print(name, "cancelled")
        raise


async def main():
    ev = asyncio.Event()
    ws = [asyncio.create_task(waiter(ev, n)) for n in ("w1", "w2", "w3")]
    await asyncio.sleep(0)
    ws[1].cancel()
    ev.set()
    await asyncio.gather(*ws, return_exceptions=True)
    ws[0].cancel()
    print("cancel after done:", ws[0].cancelled())


asyncio.run(main())
