"""Cancelling the task that waits on a child does not stop the child: it has to be killed too."""
import asyncio
import sys


async def run_child(started):
    proc = await asyncio.create_subprocess_exec(sys.executable, "-c", "import time; time.sleep(30)")
    started.set_result(proc)
    try:
        return await proc.wait()
    except asyncio.CancelledError:
        print("waiter cancelled; child still running:", proc.returncode is None)
        raise


async def main():
    started = asyncio.get_running_loop().create_future()
    task = asyncio.create_task(run_child(started))
    proc = await started
    await asyncio.sleep(0.2)
    task.cancel()
    try:
        await task
    except asyncio.CancelledError:
        print("task cancelled:", task.cancelled())
    proc.kill()
    print("killed:", await proc.wait())


asyncio.run(main())
