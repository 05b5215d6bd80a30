"""add_signal_handler with a coroutine function or a coroutine (TypeError messages), a handler that raises
(reported as an exception in a callback, the loop goes on), remove_signal_handler answers, and signal handlers
with arguments run in order with a task's steps."""
import asyncio
import os
import signal


async def coro_handler():
    pass


def bad_handler():
    raise RuntimeError("handler failed")


def handler(loop, context):
    print("exception handler:", context["message"].split(" at ")[0], repr(context["exception"]))


async def main():
    loop = asyncio.get_running_loop()
    loop.set_exception_handler(handler)
    for callback in (coro_handler, coro_handler()):
        try:
            loop.add_signal_handler(signal.SIGUSR1, callback)
        except TypeError as e:
            print("TypeError:", e)
        if asyncio.iscoroutine(callback):
            callback.close()
    loop.add_signal_handler(signal.SIGUSR1, bad_handler)
    os.kill(os.getpid(), signal.SIGUSR1)
    await asyncio.sleep(0.01)
    loop.add_signal_handler(signal.SIGUSR2, print, "usr2", "with", "args")
    os.kill(os.getpid(), signal.SIGUSR2)
    print("after kill, before yielding")
    await asyncio.sleep(0.01)
    print("remove:", loop.remove_signal_handler(signal.SIGUSR1), loop.remove_signal_handler(signal.SIGUSR1),
          loop.remove_signal_handler(signal.SIGUSR2))


asyncio.run(main())
