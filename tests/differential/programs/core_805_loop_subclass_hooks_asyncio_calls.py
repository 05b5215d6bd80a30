"""The loop methods asyncio itself calls, overridden by a loop class of the program's: create_task (gather,
ensure_future, TaskGroup, and the task that closes a collected async generator, handed over through
call_soon_threadsafe), call_exception_handler (a task's error never retrieved, a failing callback), stop,
run_forever and shutdown_asyncgens."""
import asyncio, gc

class HookedLoop(asyncio.SelectorEventLoop):
    def create_task(self, coro, **kwargs):
        print("create_task", type(coro).__name__, sorted(kwargs))
        return super().create_task(coro, **kwargs)
    def call_exception_handler(self, context):
        print("call_exception_handler:", context["message"])
    def stop(self):
        print("stop")
        super().stop()
    def run_forever(self):
        print("run_forever")
        super().run_forever()
    async def shutdown_asyncgens(self):
        print("shutdown_asyncgens")
        await super().shutdown_asyncgens()
    def call_soon_threadsafe(self, callback, *args, context=None):
        print("call_soon_threadsafe", getattr(callback, "__name__", "?"))
        return super().call_soon_threadsafe(callback, *args, context=context)

async def boom():
    raise ValueError("lost")

async def agen():
    try:
        yield 1
        yield 2
    finally:
        print("agen closed")

async def child(n):
    return n

async def main():
    print(await asyncio.gather(child(1), asyncio.ensure_future(child(2))))
    async with asyncio.TaskGroup() as tg:
        tg.create_task(child(3), name="three")
    t = asyncio.create_task(boom())
    await asyncio.sleep(0)
    del t
    gc.collect()
    async for x in agen():
        break
    gc.collect()
    await asyncio.sleep(0)
    await asyncio.wait_for(child(4), 1)
    print("main done")

loop = HookedLoop()
print(loop.run_until_complete(main()))
loop.run_until_complete(loop.shutdown_asyncgens())
loop.close()
