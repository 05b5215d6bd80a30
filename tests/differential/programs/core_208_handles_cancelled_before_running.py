import asyncio


async def main():
    loop = asyncio.get_running_loop()
    h1 = loop.call_soon(print, "one")
    h2 = loop.call_soon(print, "two")
    t1 = loop.call_later(0.01, print, "timer a")
    t2 = loop.call_later(0.02, print, "timer b")
    t3 = loop.call_at(loop.time() + 0.03, print, "timer c")
    h2.cancel()
    t2.cancel()
    print("cancelled?", h1.cancelled(), h2.cancelled(), t2.cancelled())
    print("when diff", round(t3.when() - t1.when(), 3))

    def canceller():
        print("canceller runs")
        t3.cancel()
    loop.call_later(0.015, canceller)
    await asyncio.sleep(0.05)
    h1.cancel()
    print("cancel after run", h1.cancelled())
    t2.cancel()
    print("done")


asyncio.run(main())
