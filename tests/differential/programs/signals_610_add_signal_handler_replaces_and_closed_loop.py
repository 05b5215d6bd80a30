"""Adding a handler again replaces it; a closed loop refuses; after close the signal is back to default."""
import asyncio
import signal

loop = asyncio.new_event_loop()
loop.add_signal_handler(signal.SIGUSR1, print, "first")
loop.add_signal_handler(signal.SIGUSR1, print, "second")


async def main():
    signal.raise_signal(signal.SIGUSR1)
    await asyncio.sleep(0.01)

loop.run_until_complete(main())
loop.close()
print("default again:", signal.getsignal(signal.SIGUSR1) == signal.SIG_DFL)
try:
    loop.add_signal_handler(signal.SIGUSR1, print, "third")
except RuntimeError as exc:
    print("RuntimeError:", exc)
