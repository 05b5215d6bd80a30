# changes: send_signal_does_not_poll
# Up to 3.12 kill() goes through Popen.send_signal(), which reaps a child that exited while the loop was blocked
# and does not signal it: 3.12's pidfd watcher then finds the child gone and reports 255 (logging a warning);
# 3.11's watcher thread had reaped it the moment it exited. 3.13 signals with os.kill(): the watcher reaps it.
import asyncio
import time


async def main():
    proc = await asyncio.create_subprocess_exec("sh", "-c", "sleep 0.2; exit 3")
    time.sleep(0.8)  # blocks the loop: the child exits meanwhile, and the loop does not see it
    print("returncode before kill:", proc.returncode)
    proc.kill()
    print("returncode after kill:", proc.returncode)
    print("wait() ->", await proc.wait())
    proc = await asyncio.create_subprocess_exec("sh", "-c", "sleep 0.2; exit 4")
    await asyncio.sleep(0.8)  # the loop sees the child exit, and its transport closes
    try:
        proc.terminate()
    except ProcessLookupError:
        print("terminate() after the loop saw the exit: ProcessLookupError")
    print("returncode:", proc.returncode)


asyncio.run(main())
