"""remove_signal_handler gives SIGINT back to Python's default handler; closing the loop removes the rest."""
import asyncio
import signal

before = signal.getsignal(signal.SIGUSR1)


async def main():
    loop = asyncio.get_running_loop()
    loop.add_signal_handler(signal.SIGINT, print, "sigint")
    loop.add_signal_handler(signal.SIGUSR1, print, "usr1")
    print("SIGINT handled by python's default:", signal.getsignal(signal.SIGINT) is signal.default_int_handler)
    print("removed SIGINT:", loop.remove_signal_handler(signal.SIGINT))
    print("SIGINT back to default:", signal.getsignal(signal.SIGINT) is signal.default_int_handler)
    signal.raise_signal(signal.SIGUSR1)
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    print("main done")

asyncio.run(main())
print("SIGUSR1 default again:", signal.getsignal(signal.SIGUSR1) == signal.SIG_DFL, before == signal.SIG_DFL)
