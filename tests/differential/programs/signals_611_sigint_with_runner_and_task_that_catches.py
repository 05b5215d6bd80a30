"""Ctrl-C under asyncio.Runner: a main task that swallows the cancellation returns normally; the next run is clean."""
import asyncio
import signal


async def stubborn():
    signal.raise_signal(signal.SIGINT)
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        print("cancelled by Ctrl-C; carrying on anyway")
    return "finished"


async def normal():
    await asyncio.sleep(0.1)
    return "second run"


with asyncio.Runner() as runner:
    print(runner.run(stubborn()))
    print(runner.run(normal()))
    print("SIGINT handler restored between runs:", signal.getsignal(signal.SIGINT) is signal.default_int_handler)
