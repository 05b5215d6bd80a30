"""An executor future that fails while nobody awaits it, later awaited anyway; a wrap_future of a concurrent
future that already failed; and the shutdown_default_executor of a loop run by hand."""
import asyncio
import concurrent.futures


def fail():
    raise ZeroDivisionError("late")


async def main():
    loop = asyncio.get_running_loop()
    fut = loop.run_in_executor(None, fail)
    await asyncio.sleep(0.05)
    print("done:", fut.done())
    try:
        await fut
    except ZeroDivisionError as e:
        print("awaited later:", e)
    cf = concurrent.futures.Future()
    cf.set_exception(KeyError("k"))
    wrapped = asyncio.wrap_future(cf)
    print("wrapped done:", wrapped.done())
    await asyncio.sleep(0)
    print("wrapped done:", wrapped.done(), repr(wrapped.exception()))


loop = asyncio.new_event_loop()
loop.run_until_complete(main())
loop.run_until_complete(loop.shutdown_default_executor())
try:
    loop.run_in_executor(None, print, "x")
except RuntimeError as e:
    print("RuntimeError:", e)
loop.close()
