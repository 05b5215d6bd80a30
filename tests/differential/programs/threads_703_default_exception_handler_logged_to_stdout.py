"""The default exception handler's report, sent to stdout by logging: an exception in a callback (message with
the handle, and the exception), call_exception_handler with extra keys (sorted, repr'd) and without a message."""
import asyncio
import logging
import sys



class LastLineOfTraceback(logging.Formatter):
    """The traceback's frames inside the loop are the implementation's: keep its exception line only."""

    def formatException(self, exc_info):
        return "exception line: " + super().formatException(exc_info).splitlines()[-1]


stream = logging.StreamHandler(sys.stdout)
stream.setFormatter(LastLineOfTraceback("%(levelname)s %(name)s: %(message)s"))
logging.getLogger().addHandler(stream)


def boom():
    raise ValueError("in callback")


async def main():
    loop = asyncio.get_running_loop()
    loop.call_soon(boom)
    await asyncio.sleep(0)
    loop.call_exception_handler({"message": "custom trouble", "zeta": 1, "alpha": "a", "numbers": [1, 2]})
    loop.call_exception_handler({"note": "no message here"})
    print("after reports")


asyncio.run(main())
