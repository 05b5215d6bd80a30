# changes: pidfd_child_watcher_by_default
# The default child watcher: a ThreadedChildWatcher on 3.11, a PidfdChildWatcher from 3.12 (where the kernel has
# pidfds). A PidfdChildWatcher needs no attach_loop() from 3.12 on; on 3.11 a subprocess cannot start until it is
# attached to the running loop.
import asyncio
import sys
import warnings

warnings.simplefilter("ignore", DeprecationWarning)
print("default watcher:", type(asyncio.get_child_watcher()).__name__)

watcher = asyncio.PidfdChildWatcher()
asyncio.set_child_watcher(watcher)
print("a fresh PidfdChildWatcher is active:", watcher.is_active())


async def run_child():
    print("  active inside the loop:", watcher.is_active())
    proc = await asyncio.create_subprocess_exec(sys.executable, "-c", "print('child ran')",
                                                stdout=asyncio.subprocess.PIPE)
    out, _ = await proc.communicate()
    return out.decode().strip()


loop = asyncio.new_event_loop()  # not made the current loop: nothing attaches the watcher to it
try:
    print("without attach_loop:", loop.run_until_complete(run_child()))
except RuntimeError as exc:
    print("without attach_loop: RuntimeError:", exc)
watcher.attach_loop(loop)
print("after attach_loop:", loop.run_until_complete(run_child()))
loop.close()
