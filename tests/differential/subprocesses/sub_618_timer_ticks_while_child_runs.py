"""Loop timers keep firing while a child process works: three ticks before a one-second child is done."""
import asyncio
import sys


async def ticker():
    count = 0
    while True:
        await asyncio.sleep(0.3)
        count += 1
        if count <= 3:
            print("tick", count)


async def main():
    ticks = asyncio.create_task(ticker())
    proc = await asyncio.create_subprocess_exec(sys.executable, "-c", "import time; time.sleep(1.0); print('child done')",
                                                stdout=asyncio.subprocess.PIPE)
    out, _ = await proc.communicate()
    print(out.decode().strip())
    ticks.cancel()


asyncio.run(main())
