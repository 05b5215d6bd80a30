"""Which results a failed callback keeps alive: the future of the run_until_complete during which it failed (its
frame is below the callback's), and only that one. A loop run with run_forever() holds no future; a Runner's
second run, after a callback failed in the first, lets its own result go at once; run_until_complete of a plain
future keeps that future, and its result, until a garbage collection."""
import asyncio
import gc

# Only the collections the program asks for: an automatic one, whenever the allocations so far call for it,
# could free a cycle before the line that shows it is still there.
gc.disable()


class Result:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("  freed", self.name)


def bad():
    raise KeyError("bad")


def handler(loop, context):
    print("  handler:", repr(context["exception"]))


print("run_forever")
loop = asyncio.new_event_loop()
loop.set_exception_handler(handler)
holder = [Result("held by the program only")]
loop.call_soon(bad)
loop.call_soon(loop.stop)
loop.run_forever()
holder.clear()
print("  cleared")
loop.close()


async def first():
    asyncio.get_running_loop().set_exception_handler(handler)
    asyncio.get_running_loop().call_soon(bad)
    await asyncio.sleep(0)
    return Result("first run's")


async def second():
    await asyncio.sleep(0)
    return Result("second run's")


print("a runner, two runs")
with asyncio.Runner() as runner:
    a = runner.run(first())
    b = runner.run(second())
    del a
    print("  dropped the first result")
    del b
    print("  dropped the second result")
gc.collect()
print("  collected")

print("run_until_complete of a plain future")
loop = asyncio.new_event_loop()
loop.set_exception_handler(handler)
future = loop.create_future()
loop.call_soon(bad)
loop.call_soon(future.set_result, Result("the future's"))
loop.run_until_complete(future)
del future
print("  dropped the future")
loop.close()
gc.collect()
print("end")
