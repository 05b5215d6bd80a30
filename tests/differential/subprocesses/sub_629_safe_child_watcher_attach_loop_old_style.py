"""Old-style (Python 3.4-3.7 tutorials): a SafeChildWatcher attached by hand to a loop driven with
run_until_complete, then two children gathered."""
import asyncio
import sys
import warnings

warnings.simplefilter("ignore", DeprecationWarning)  # 3.12 deprecates SafeChildWatcher

loop = asyncio.new_event_loop()
watcher = asyncio.SafeChildWatcher()
watcher.attach_loop(loop)
asyncio.set_child_watcher(watcher)
print("watcher:", type(asyncio.get_child_watcher()).__name__)
print("active before the loop runs:", watcher.is_active())


async def run(code):
    proc = await asyncio.create_subprocess_exec(sys.executable, "-c", code, stdout=asyncio.subprocess.PIPE)
    out, _ = await proc.communicate()
    return out.decode().strip(), proc.returncode


async def main():
    print("active while it runs:", watcher.is_active())
    results = await asyncio.gather(run("print(6 * 7)"), run("import sys; print('bye'); sys.exit(3)"))
    for output, code in results:
        print(f"output {output!r}, exit status {code}")


loop.run_until_complete(main())
loop.close()
print("active after close:", watcher.is_active())
