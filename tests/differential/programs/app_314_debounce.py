"""Debounce: only the last of a burst of events triggers the action."""
import asyncio


class Debouncer:
    def __init__(self, delay, action):
        self.delay = delay
        self.action = action
        self._handle = None
        self.last_trigger = None

    def trigger(self, value):
        loop = asyncio.get_running_loop()
        self.last_trigger = loop.time()
        if self._handle is not None:
            self._handle.cancel()
        self._handle = loop.call_later(self.delay, self.action, value)


async def main():
    fired = []
    loop = asyncio.get_running_loop()

    def save(value):
        fired.append(value)
        quiet = loop.time() - d.last_trigger
        print(f"saving {value!r} after a quiet period of at least {d.delay}s: {quiet >= d.delay}")

    d = Debouncer(0.03, save)
    for text in ["h", "he", "hel", "hell", "hello"]:
        d.trigger(text)
        await asyncio.sleep(0.01)
    await asyncio.sleep(0.06)
    for text in ["hello w", "hello world"]:
        d.trigger(text)
        await asyncio.sleep(0.01)
    await asyncio.sleep(0.05)
    print("fired:", fired)


asyncio.run(main())
