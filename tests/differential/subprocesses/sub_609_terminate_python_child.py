"""terminate() sends SIGTERM: a child that does not catch it ends with -15."""
import asyncio
import sys


async def main():
    proc = await asyncio.create_subprocess_exec(sys.executable, "-c", "import time; print('up', flush=True); time.sleep(30)",
                                                stdout=asyncio.subprocess.PIPE)
    print((await proc.stdout.readline()).decode().strip())
    proc.terminate()
    code = await proc.wait()
    print("returncode:", code)
    print("killed by SIGTERM:", code == -15)


asyncio.run(main())
