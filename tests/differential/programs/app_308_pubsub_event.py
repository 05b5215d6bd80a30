"""Pub/sub with an Event per message round: subscribers wait, publisher sets and clears."""
import asyncio


class Broadcast:
    def __init__(self):
        self.event = asyncio.Event()
        self.message = None

    def publish(self, message):
        self.message = message
        self.event.set()
        self.event.clear()

    async def next(self):
        await self.event.wait()
        return self.message


async def subscriber(name, bus, count):
    for _ in range(count):
        msg = await bus.next()
        print(f"{name} received {msg!r}")
    print(f"{name} done")


async def main():
    bus = Broadcast()
    subs = [asyncio.create_task(subscriber(f"sub{i}", bus, 3)) for i in range(3)]
    await asyncio.sleep(0)
    for msg in ["hello", "world", "bye"]:
        print(f"publishing {msg!r}")
        bus.publish(msg)
        await asyncio.sleep(0.01)
    await asyncio.gather(*subs)


asyncio.run(main())
