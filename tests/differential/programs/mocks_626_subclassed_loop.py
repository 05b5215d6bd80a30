"""Subclassing the event loop class: a loop that counts the tasks it makes and its call_later calls."""
import asyncio


class CountingLoop(asyncio.SelectorEventLoop):
    def __init__(self):
        super().__init__()
        self.tasks = []
        self.later = 0

    def create_task(self, coro, **kwargs):
        task = super().create_task(coro, **kwargs)
        self.tasks.append(task.get_name())
        return task

    def call_later(self, delay, callback, *args, **kwargs):
        self.later += 1
        return super().call_later(delay, callback, *args, **kwargs)


async def main():
    await asyncio.gather(asyncio.sleep(0.1), asyncio.sleep(0.2))
    await asyncio.create_task(asyncio.sleep(0.1), name="explicit")
    loop = asyncio.get_running_loop()
    print("running on our loop:", type(loop).__name__, isinstance(loop, asyncio.AbstractEventLoop))
    return "result"


loop = CountingLoop()
print(repr(loop))
print(loop.run_until_complete(main()))
print("call_later calls:", loop.later)
print("tasks made:", loop.tasks)
loop.close()
print(repr(loop))
