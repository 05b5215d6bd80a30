"""A command that takes too long: wait_for() times out, kill() it, and its return code says SIGKILL."""
import asyncio


async def main():
    proc = await asyncio.create_subprocess_exec("sleep", "30")
    try:
        await asyncio.wait_for(proc.wait(), timeout=0.3)
    except asyncio.TimeoutError:
        print("timed out; returncode is still", proc.returncode)
        proc.kill()
        print("after kill:", await proc.wait())


asyncio.run(main())
