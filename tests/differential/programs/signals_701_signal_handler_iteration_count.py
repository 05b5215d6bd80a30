"""How many loop iterations a signal handler takes to run after os.kill sends the signal to the program itself,
counted by a ticker that steps once per iteration; two signals sent at once, and a signal sent from a callback."""
import asyncio
import os
import signal

ticks = 0


async def ticker():
    global ticks
    while True:
        ticks += 1
        await asyncio.sleep(0)


def on_signal(name):
    print(name, "handled at tick", ticks)


async def main():
    loop = asyncio.get_running_loop()
    loop.add_signal_handler(signal.SIGUSR1, on_signal, "USR1")
    loop.add_signal_handler(signal.SIGUSR2, on_signal, "USR2")
    tick = asyncio.create_task(ticker())
    await asyncio.sleep(0)
    print("kill at tick", ticks)
    os.kill(os.getpid(), signal.SIGUSR1)
    for _ in range(4):
        await asyncio.sleep(0)
    print("two kills at tick", ticks)
    os.kill(os.getpid(), signal.SIGUSR2)
    os.kill(os.getpid(), signal.SIGUSR1)
    for _ in range(4):
        await asyncio.sleep(0)
    loop.call_soon(os.kill, os.getpid(), signal.SIGUSR2)
    print("callback scheduled at tick", ticks)
    for _ in range(5):
        await asyncio.sleep(0)
    tick.cancel()


asyncio.run(main())
