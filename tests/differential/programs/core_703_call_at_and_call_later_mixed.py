"""call_at and call_later with equal and different deadlines, one cancelled, one added from a callback with
a zero delay: they run by deadline, then in the order scheduled."""
import asyncio

async def main():
    loop = asyncio.get_running_loop()
    t0 = loop.time()
    def say(msg):
        print(msg, round(loop.time() - t0, 1))
    loop.call_later(0.2, say, "later 0.2 a")
    h = loop.call_at(t0 + 0.1, say, "at 0.1 (cancelled)")
    loop.call_at(loop.time() + 0.2, say, "at 0.2 b")
    loop.call_later(0.1, lambda: (say("later 0.1"), loop.call_later(0, say, "chained 0"), loop.call_soon(say, "soon")))
    loop.call_soon(say, "soon first")
    h.cancel()
    print("cancelled?", h.cancelled(), "when", round(h.when() - t0, 2))
    await asyncio.sleep(0.3)
    say("main")

asyncio.run(main())
