"""A loop class of the program's that overrides call_soon, call_later and call_at (to count what the loop
does) sees every task step and done callback go through call_soon: asyncio's tasks and futures call it."""
import asyncio

class CountingLoop(asyncio.SelectorEventLoop):
    def __init__(self):
        super().__init__()
        self.soon = 0
        self.later = 0
        self.at = 0
    def call_soon(self, callback, *args, context=None):
        self.soon += 1
        return super().call_soon(callback, *args, context=context)
    def call_later(self, delay, callback, *args, context=None):
        self.later += 1
        return super().call_later(delay, callback, *args, context=context)
    def call_at(self, when, callback, *args, context=None):
        self.at += 1
        return super().call_at(when, callback, *args, context=context)

async def worker(n):
    await asyncio.sleep(0.1 * n)
    await asyncio.sleep(0)
    return n

async def main():
    loop = asyncio.get_running_loop()
    print(type(loop).__name__)
    r = await asyncio.gather(worker(1), worker(2))
    print(r, loop.soon, loop.later, loop.at)
    t = asyncio.create_task(worker(0))
    await t
    print(loop.soon, loop.later, loop.at)
    fut = loop.create_future()
    loop.call_soon(fut.set_result, 1)
    await fut
    print(loop.soon, loop.later, loop.at)

loop = CountingLoop()
loop.run_until_complete(main())
print("total", loop.soon, loop.later, loop.at)
loop.close()
