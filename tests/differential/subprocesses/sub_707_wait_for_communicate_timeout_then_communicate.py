"""wait_for(communicate(), timeout) on a slow child: TimeoutError, the child is still running; kill() and a
second communicate() return what was left, returncode -9."""
import asyncio
import sys

CHILD = "import time; print('started', flush=True); time.sleep(30)"


async def main():
    proc = await asyncio.create_subprocess_exec(sys.executable, "-c", CHILD, stdout=asyncio.subprocess.PIPE)
    print(await proc.stdout.readline())
    try:
        await asyncio.wait_for(proc.communicate(), timeout=0.3)
    except asyncio.TimeoutError:
        print("timed out, returncode", proc.returncode)
    proc.kill()
    print(await proc.communicate())
    print("returncode", proc.returncode)


asyncio.run(main())
