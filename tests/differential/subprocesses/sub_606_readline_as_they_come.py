"""Read a child's lines as it prints them, while a ticker runs on the loop."""
import asyncio
import sys

CHILD = """
import time
for i in range(3):
    print("progress", (i + 1) * 33, flush=True)
    time.sleep(0.4)
print("done", flush=True)
"""


async def ticker(stop):
    ticks = 0
    while not stop.is_set():
        await asyncio.sleep(0.01)
        ticks += 1
    return ticks


async def main():
    stop = asyncio.Event()
    ticks = asyncio.create_task(ticker(stop))
    proc = await asyncio.create_subprocess_exec(sys.executable, "-c", CHILD, stdout=asyncio.subprocess.PIPE)
    while True:
        line = await proc.stdout.readline()
        if not line:
            break
        print("got:", line.decode().rstrip())
    print("exit", await proc.wait())
    stop.set()
    print("the loop ticked meanwhile:", await ticks > 50)


asyncio.run(main())
