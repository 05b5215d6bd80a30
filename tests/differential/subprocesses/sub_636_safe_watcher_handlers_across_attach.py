"""A SafeChildWatcher given a child before it is attached to any loop reports the child once attached;
detaching it while a child is still registered warns (RuntimeWarning); remove_child_handler answers
whether there was something to remove."""
import asyncio
import subprocess
import sys
import warnings

warnings.simplefilter("ignore", DeprecationWarning)
warnings.showwarning = lambda message, category, *rest, **kw: print(f"{category.__name__}: {message}")

watcher = asyncio.SafeChildWatcher()
quick = subprocess.Popen([sys.executable, "-c", "raise SystemExit(7)"])
watcher.add_child_handler(quick.pid, lambda pid, code: print("quick child exited with", code))
slow = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(2.5)"])
watcher.add_child_handler(slow.pid, lambda pid, code: print("slow child exited with", code))


async def main():
    watcher.attach_loop(asyncio.get_running_loop())
    await asyncio.sleep(1)
    print("a second later")
    watcher.attach_loop(None)
    print("removed slow:", watcher.remove_child_handler(slow.pid))
    print("removed slow again:", watcher.remove_child_handler(slow.pid))
    slow.wait()
    print("slow child reaped by Popen:", slow.returncode)


asyncio.run(main())
