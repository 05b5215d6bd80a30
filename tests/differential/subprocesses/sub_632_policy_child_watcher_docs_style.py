"""The 3.7 docs' recipe, through the policy: get the child watcher from the event loop policy in the
main thread and attach it to the loop before using subprocesses; asyncio.run attaches it too."""
import asyncio
import warnings

warnings.simplefilter("ignore", DeprecationWarning)

policy = asyncio.get_event_loop_policy()
watcher = policy.get_child_watcher()
print("same watcher either way:", watcher is asyncio.get_child_watcher())
loop = policy.new_event_loop()
policy.set_event_loop(loop)   # in the main thread this also attaches the watcher
watcher.attach_loop(loop)
print("current loop:", policy.get_event_loop() is loop)


async def shell(cmd):
    proc = await asyncio.create_subprocess_shell(cmd, stdout=asyncio.subprocess.PIPE,
                                                 stderr=asyncio.subprocess.PIPE)
    out, err = await proc.communicate()
    print(f"[{cmd!r} exited with {proc.returncode}]")
    if out:
        print("[stdout]", out.decode().strip())
    if err:
        print("[stderr]", err.decode().strip())


loop.run_until_complete(shell("echo hello; echo oops >&2; exit 2"))
policy.set_event_loop(None)
loop.close()
asyncio.run(shell("echo again"))
print("watcher still the same:", policy.get_child_watcher() is watcher)
