"""A Task subclass used through a task factory: its cancel() override is called by wait_for and
TaskGroup alike, and its name and repr come from the subclass."""
import asyncio

class Audited(asyncio.Task):
    def cancel(self, msg=None):
        print("cancel", self.get_name(), msg)
        return super().cancel(msg)

async def slow():
    await asyncio.sleep(1)

async def main():
    loop = asyncio.get_running_loop()
    loop.set_task_factory(lambda loop, coro, **kw: Audited(coro, loop=loop, **kw))
    t = asyncio.create_task(slow(), name="one")
    print(type(t).__name__)
    try:
        await asyncio.wait_for(t, 0.1)
    except TimeoutError:
        print("timeout")
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(slow(), name="two")
            raise ValueError("x")
    except* ValueError:
        print("group error")

asyncio.run(main())
