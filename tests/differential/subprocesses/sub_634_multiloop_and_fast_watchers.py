"""MultiLoopChildWatcher becomes active at its first attach_loop (asyncio.run's set_event_loop does
it); FastChildWatcher is active only while its loop runs. Both run a child."""
import asyncio
import warnings

warnings.simplefilter("ignore", DeprecationWarning)


async def child_says(word):
    proc = await asyncio.create_subprocess_exec("echo", word, stdout=asyncio.subprocess.PIPE)
    out, _ = await proc.communicate()
    return out.decode().strip()


async def main(watcher):
    print("  active in main:", watcher.is_active())
    print("  child says:", await child_says(type(watcher).__name__))


for kind in (asyncio.MultiLoopChildWatcher, asyncio.FastChildWatcher):
    watcher = kind()
    print(kind.__name__, "active when made:", watcher.is_active())
    asyncio.set_child_watcher(watcher)
    asyncio.run(main(watcher))
    print("  active after asyncio.run:", watcher.is_active())
    watcher.close()
    print("  active after close:", watcher.is_active())
