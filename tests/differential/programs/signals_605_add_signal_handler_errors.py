"""add_signal_handler refuses bad signals and coroutines; SIGKILL cannot be caught."""
import asyncio
import signal


async def coro_handler():
    pass


async def main():
    loop = asyncio.get_running_loop()
    attempts = [
        ("not an int", lambda: loop.add_signal_handler("SIGTERM", print)),
        ("out of range", lambda: loop.add_signal_handler(0, print)),
        ("too large", lambda: loop.add_signal_handler(signal.NSIG + 5, print)),
        ("coroutine function", lambda: loop.add_signal_handler(signal.SIGUSR1, coro_handler)),
        ("SIGKILL", lambda: loop.add_signal_handler(signal.SIGKILL, print)),
        ("remove a bad one", lambda: loop.remove_signal_handler(-1)),
        ("remove never added", lambda: loop.remove_signal_handler(signal.SIGUSR1)),
    ]
    for what, attempt in attempts:
        try:
            print(what, "->", attempt())
        except (TypeError, ValueError, RuntimeError) as exc:
            print(what, "->", type(exc).__name__, exc)

asyncio.run(main())
