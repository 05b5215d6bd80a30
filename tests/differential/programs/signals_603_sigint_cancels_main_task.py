"""asyncio.run and Ctrl-C: SIGINT cancels the main task, which may clean up; then run() raises KeyboardInterrupt."""
import asyncio
import os
import signal


async def helper():
    try:
        await asyncio.sleep(10)
    finally:
        print("helper cleaned up")


async def main():
    task = asyncio.create_task(helper())
    await asyncio.sleep(0.1)
    os.kill(os.getpid(), signal.SIGINT)
    print("still running right after the signal")
    try:
        await asyncio.sleep(5)
    except asyncio.CancelledError:
        print("main cancelled; task done?", task.done())
        raise


try:
    asyncio.run(main())
except KeyboardInterrupt:
    print("KeyboardInterrupt from asyncio.run")
print("handler restored:", signal.getsignal(signal.SIGINT) is signal.default_int_handler)
