"""signal.raise_signal: the handler gets the arguments given to add_signal_handler; a failing handler is logged."""
import asyncio
import signal


def handler(name, counter):
    counter.append(name)
    print("handler", name, len(counter))
    if len(counter) == 2:
        raise RuntimeError("handler failed")


async def main():
    loop = asyncio.get_running_loop()
    counter = []
    loop.add_signal_handler(signal.SIGUSR2, handler, "usr2", counter)
    for round_ in range(3):
        signal.raise_signal(signal.SIGUSR2)
        print("raised", round_)
        await asyncio.sleep(0.01)
    print("calls:", counter)

asyncio.run(main())
