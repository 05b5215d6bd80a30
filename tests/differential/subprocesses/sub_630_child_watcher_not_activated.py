"""A SafeChildWatcher that nobody attached to the running loop: starting a subprocess fails with
"not activated" (the watcher could not see the child end). Attaching it fixes that."""
import asyncio
import warnings

warnings.simplefilter("ignore", DeprecationWarning)

watcher = asyncio.SafeChildWatcher()
asyncio.set_child_watcher(watcher)


async def date_like():
    proc = await asyncio.create_subprocess_exec("echo", "2024-01-01", stdout=asyncio.subprocess.PIPE)
    line = await proc.stdout.readline()
    await proc.wait()
    return line.decode().strip()


loop = asyncio.new_event_loop()
try:
    print(loop.run_until_complete(date_like()))
except RuntimeError as exc:
    print("RuntimeError:", exc)
print("tasks left over:", len(asyncio.all_tasks(loop)))

watcher.attach_loop(loop)
print("attached:", loop.run_until_complete(date_like()))
watcher.attach_loop(None)
print("detached, active:", watcher.is_active())
loop.close()
