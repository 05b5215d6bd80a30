"""Using the watcher directly: a child started with subprocess.Popen is registered with
add_child_handler, whose callback (called in the loop) sets an asyncio Event."""
import asyncio
import subprocess
import sys
import warnings

warnings.simplefilter("ignore", DeprecationWarning)


async def main():
    watcher = asyncio.get_child_watcher()
    done = asyncio.Event()
    report = {}

    def exited(pid, returncode, label):
        report.update(pid_matches=pid == child.pid, returncode=returncode, label=label)
        print("callback runs in the loop:", asyncio.get_running_loop() is loop)
        done.set()

    loop = asyncio.get_running_loop()
    with watcher:
        child = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(0.3); raise SystemExit(5)"])
        watcher.add_child_handler(child.pid, exited, "sleeper")
    ticks = 0
    while not done.is_set():
        await asyncio.sleep(0.1)
        ticks += 1
    print(report)
    print("ticked while waiting:", ticks >= 2)


asyncio.run(main())
