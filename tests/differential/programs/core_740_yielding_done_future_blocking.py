"""A custom awaitable yields an already-done future marked blocking: the task still goes round the loop
once before it resumes."""
import asyncio

class Immediate:
    def __init__(self, fut):
        self.fut = fut
    def __await__(self):
        self.fut._asyncio_future_blocking = True
        yield self.fut
        return "resumed"

async def other():
    for i in range(3):
        print("other", i)
        await asyncio.sleep(0)

async def main():
    loop = asyncio.get_running_loop()
    f = loop.create_future()
    f.set_result(None)
    t = asyncio.create_task(other())
    await asyncio.sleep(0)
    print(await Immediate(f))
    await t

asyncio.run(main())
