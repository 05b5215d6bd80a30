"""Three slow commands started together finish in order of duration, whatever order they started in."""
import asyncio
import sys


async def job(name, seconds):
    proc = await asyncio.create_subprocess_exec(sys.executable, "-c", f"import time; time.sleep({seconds}); print('{name}')",
                                                stdout=asyncio.subprocess.PIPE)
    out, _ = await proc.communicate()
    return out.decode().strip()


async def main():
    jobs = [job("slow", 1.3), job("fast", 0.1), job("medium", 0.7)]
    for finished in asyncio.as_completed(jobs):
        print("finished:", await finished)


asyncio.run(main())
