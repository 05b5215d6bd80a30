"""What a loop subclass's call_soon is handed: a task's first step or a step after sleep(0) with no argument,
a task woken by the future it awaited with that future, a done callback with its future (a task, gather's
future); create_future is the loop's too."""
import asyncio

class LoggingLoop(asyncio.SelectorEventLoop):
    log = None
    def call_soon(self, callback, *args, context=None):
        if self.log is not None:
            self.log.append(f"call_soon with {len(args)} argument(s)"
                            + (f" ({type(args[0]).__name__})" if args else ""))
        return super().call_soon(callback, *args, context=context)
    def create_future(self):
        if self.log is not None:
            self.log.append("create_future")
        return super().create_future()

async def worker(name, delay):
    await asyncio.sleep(delay)
    return name

async def main():
    loop = asyncio.get_running_loop()
    loop.log = []
    t = asyncio.create_task(worker("a", 0.1))
    await asyncio.sleep(0)
    print(loop.log); loop.log.clear()
    await t
    print(loop.log); loop.log.clear()
    print(await asyncio.gather(worker("b", 0), worker("c", 0.1)))
    print(loop.log); loop.log.clear()
    await asyncio.wait_for(worker("d", 0), 1)
    print(len(loop.log)); loop.log.clear()
    q = asyncio.Queue()
    loop.call_later(0.1, q.put_nowait, 1)
    print(await q.get(), loop.log); loop.log.clear()
    async with asyncio.TaskGroup() as tg:
        tg.create_task(worker("e", 0))
    print(len(loop.log)); loop.log = None

loop = LoggingLoop()
loop.run_until_complete(main())
loop.close()
