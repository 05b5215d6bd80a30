"""asyncio.set_child_watcher(asyncio.ThreadedChildWatcher()) before asyncio.run: the watcher that
works from any loop, with no attach_loop. Three jobs at once, results in the order they finish."""
import asyncio
import sys
import warnings

warnings.simplefilter("ignore", DeprecationWarning)
asyncio.set_child_watcher(asyncio.ThreadedChildWatcher())

JOB = "import sys, time; time.sleep(float(sys.argv[1])); print('slept', sys.argv[1])"


async def job(seconds):
    proc = await asyncio.create_subprocess_exec(sys.executable, "-c", JOB, seconds, stdout=asyncio.subprocess.PIPE)
    out, _ = await proc.communicate()
    return out.decode().strip()


async def main():
    watcher = asyncio.get_child_watcher()
    print(type(watcher).__name__, "active:", watcher.is_active())
    for finished in asyncio.as_completed([job("0.9"), job("0.1"), job("0.5")]):
        print(await finished)


asyncio.run(main())
