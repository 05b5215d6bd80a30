"""A repeating Timer built on call_later, started and stopped from coroutines."""
import asyncio


class RepeatingTimer:
    def __init__(self, interval, fn):
        self.interval, self.fn = interval, fn
        self.handle = None
        self.count = 0

    def start(self):
        loop = asyncio.get_running_loop()
        self.next_at = loop.time() + self.interval
        self.handle = loop.call_at(self.next_at, self._fire)

    def _fire(self):
        self.count += 1
        self.fn(self.count)
        self.next_at += self.interval
        self.handle = asyncio.get_running_loop().call_at(self.next_at, self._fire)

    def stop(self):
        if self.handle:
            self.handle.cancel()
            self.handle = None


async def main():
    timer = RepeatingTimer(0.02, lambda n: print(f"timer fired #{n}"))
    timer.start()
    await asyncio.sleep(0.07)
    print("stopping timer after", timer.count, "firings")
    timer.stop()
    await asyncio.sleep(0.05)
    print("count is still", timer.count)


asyncio.run(main())
