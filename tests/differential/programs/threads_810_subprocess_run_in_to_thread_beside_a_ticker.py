"""subprocess.run moved to a thread with to_thread (the right way to call a blocking child from a coroutine): the
ticker keeps ticking while the thread waits for the child, whose 0.45 s end comes between the ticks of 0.3 and
0.6."""
import asyncio
import subprocess


async def ticker():
    for i in range(3):
        print("tick", i)
        await asyncio.sleep(0.3)


async def main():
    t = asyncio.create_task(ticker())
    r = await asyncio.to_thread(subprocess.run, ["sh", "-c", "sleep 0.45; echo done"], capture_output=True, text=True)
    print("run:", r.stdout.strip(), r.returncode)
    await t


asyncio.run(main())
