"""A SIGALRM handler added to the loop and a real-time interval timer (signal.setitimer): the only thing the loop
waits for is the alarm, which comes 0.2 s later and sets the event."""
import asyncio
import signal


async def main():
    loop = asyncio.get_running_loop()
    fired = asyncio.Event()
    loop.add_signal_handler(signal.SIGALRM, lambda: (print("alarm"), fired.set()))
    signal.setitimer(signal.ITIMER_REAL, 0.2)
    print("waiting")
    await fired.wait()
    print("done")


asyncio.run(main())
