"""A bounded buffer built by hand from one Condition (not_full / not_empty as predicates)."""
import asyncio


class BoundedBuffer:
    def __init__(self, capacity):
        self.items, self.capacity = [], capacity
        self.cond = asyncio.Condition()

    async def put(self, item):
        async with self.cond:
            await self.cond.wait_for(lambda: len(self.items) < self.capacity)
            self.items.append(item)
            self.cond.notify_all()

    async def get(self):
        async with self.cond:
            await self.cond.wait_for(lambda: self.items)
            item = self.items.pop(0)
            self.cond.notify_all()
            return item


async def producer(buf, name, n):
    for i in range(n):
        await buf.put(f"{name}{i}")
        print(f"{name} put {name}{i} (buffer {len(buf.items)})")


async def consumer(buf, n):
    got = []
    for _ in range(n):
        await asyncio.sleep(0.01)
        got.append(await buf.get())
        print(f"  consumer got {got[-1]}")
    return got


async def main():
    buf = BoundedBuffer(2)
    *_, got = await asyncio.gather(producer(buf, "p", 3), producer(buf, "q", 3), consumer(buf, 6))
    print("consumed:", got)


asyncio.run(main())
