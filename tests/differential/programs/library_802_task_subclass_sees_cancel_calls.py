"""A Task subclass (through a task factory) that reports cancel, uncancel and cancelling: asyncio.timeout,
wait_for, a cancelled gather, a failing TaskGroup and asyncio.run's clean-up call them as on asyncio."""
import asyncio

class LoudTask(asyncio.Task):
    def cancel(self, msg=None):
        print("cancel", self.get_name(), msg)
        return super().cancel(msg)
    def uncancel(self):
        r = super().uncancel()
        print("uncancel", self.get_name(), r)
        return r
    def cancelling(self):
        r = super().cancelling()
        print("cancelling?", self.get_name(), r)
        return r

def factory(loop, coro, **kw):
    return LoudTask(coro, loop=loop, **kw)

async def sleeper(d):
    await asyncio.sleep(d)

async def fails():
    await asyncio.sleep(0.05)
    raise ValueError("x")

async def main():
    asyncio.get_running_loop().set_task_factory(factory)
    asyncio.current_task().set_name("main")
    print("-- timeout")
    try:
        async with asyncio.timeout(0.1):
            await asyncio.sleep(1)
    except TimeoutError:
        print("timed out")
    print("-- wait_for")
    try:
        await asyncio.wait_for(sleeper(1), 0.1)
    except TimeoutError:
        print("timed out")
    print("-- gather cancelled")
    g = asyncio.gather(asyncio.create_task(sleeper(1), name="g1"))
    await asyncio.sleep(0)
    g.cancel()
    try:
        await g
    except asyncio.CancelledError:
        print("gather cancelled")
    print("-- taskgroup")
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(sleeper(1), name="tg1")
            tg.create_task(fails(), name="tg2")
    except* ValueError:
        print("group failed")
    print("-- leftover")
    asyncio.create_task(sleeper(5), name="leftover")
    await asyncio.sleep(0)

asyncio.run(main())
