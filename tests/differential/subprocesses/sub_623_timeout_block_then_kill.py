"""asyncio.timeout() around communicate(): the child is killed when the block times out."""
import asyncio
import sys


async def main():
    proc = await asyncio.create_subprocess_exec(sys.executable, "-c", "import time; print('working', flush=True); time.sleep(30)",
                                                stdout=asyncio.subprocess.PIPE)
    try:
        async with asyncio.timeout(0.5):
            await proc.communicate()
    except TimeoutError:
        print("gave up waiting")
        proc.kill()
        await proc.wait()
    print("returncode:", proc.returncode)
    print("still readable after the timeout:", proc.stdout.at_eof())


asyncio.run(main())
