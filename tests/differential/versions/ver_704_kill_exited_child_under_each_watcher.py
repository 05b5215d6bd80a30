# changes: send_signal_does_not_poll
# Whether a child reaped by kill() (Popen.send_signal, up to 3.12) is reported with its exit status or as 255
# depends on the child watcher: a thread or a SIGCHLD handler reaped it first, a pidfd watcher finds it gone.
import asyncio
import time
import warnings

warnings.simplefilter("ignore", DeprecationWarning)


async def main():
    proc = await asyncio.create_subprocess_exec("sh", "-c", "sleep 0.2; exit 3")
    time.sleep(0.8)  # blocks the loop while the child exits
    proc.kill()
    print("wait() ->", await proc.wait())


for kind in ["ThreadedChildWatcher", "PidfdChildWatcher", "MultiLoopChildWatcher"]:
    asyncio.set_child_watcher(getattr(asyncio, kind)())
    print(kind)
    asyncio.run(main())
