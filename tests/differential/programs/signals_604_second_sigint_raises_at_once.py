"""A second Ctrl-C while the main task is still cleaning up raises KeyboardInterrupt where the program is."""
import asyncio
import signal


async def main():
    signal.raise_signal(signal.SIGINT)
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        print("cancelled once, cleaning up slowly")
        try:
            signal.raise_signal(signal.SIGINT)
            print("not reached")
        except KeyboardInterrupt:
            print("second Ctrl-C raised KeyboardInterrupt in main")
        await asyncio.sleep(0.1)
        print("cleanup finished; swallowing the cancellation")
    return "main's result"


print(asyncio.run(main()))
