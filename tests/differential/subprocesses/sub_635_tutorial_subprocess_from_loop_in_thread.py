"""Tutorial: an asyncio loop in a background thread runs commands for a synchronous program. The child
watcher is made in the main thread first (the docs' advice before 3.8); the thread has its own loop."""
import asyncio
import sys
import threading
import warnings

warnings.simplefilter("ignore", DeprecationWarning)
asyncio.get_child_watcher()  # made here, in the main thread


async def run_all(commands):
    async def one(code):
        proc = await asyncio.create_subprocess_exec(sys.executable, "-c", code, stdout=asyncio.subprocess.PIPE)
        out, _ = await proc.communicate()
        return out.decode().strip()

    return await asyncio.gather(*(one(code) for code in commands))


results = {}


def worker():
    try:
        asyncio.get_running_loop()
    except RuntimeError as exc:
        results["before"] = str(exc)
    results["outputs"] = asyncio.run(run_all(["print(1 + 1)", "print('x' * 3)", "print(sum(range(5)))"]))
    results["thread"] = threading.current_thread().name


thread = threading.Thread(target=worker, name="asyncio-worker")
thread.start()
thread.join()
print(results)
