"""set_exception_handler with a non-callable (TypeError message), get_exception_handler before and after,
a custom handler that passes some reports on to default_exception_handler (logged to stdout with a formatter
that keeps the exception line only), and a failing callback sent with call_soon_threadsafe from a thread."""
import asyncio
import logging
import sys
import threading


class LastLine(logging.Formatter):
    def formatException(self, exc_info):
        return "  " + super().formatException(exc_info).splitlines()[-1]


out = logging.StreamHandler(sys.stdout)
out.setFormatter(LastLine("%(levelname)s: %(message)s"))
logging.getLogger("asyncio").addHandler(out)
logging.getLogger("asyncio").propagate = False


def custom(loop, context):
    if "exception" in context and isinstance(context["exception"], KeyError):
        print("custom handler keeps", repr(context["exception"]))
    else:
        print("custom handler passes on:", context["message"].split(" at ")[0])
        loop.default_exception_handler(context)


def fail_with(exc):
    raise exc


async def main():
    loop = asyncio.get_running_loop()
    print("handler at start:", loop.get_exception_handler())
    try:
        loop.set_exception_handler(42)
    except TypeError as e:
        print("TypeError:", e)
    loop.set_exception_handler(custom)
    print("handler now is custom:", loop.get_exception_handler() is custom)
    loop.call_soon(fail_with, KeyError("k"))
    loop.call_soon(fail_with, OSError("o"))
    await asyncio.sleep(0)
    thread = threading.Thread(target=loop.call_soon_threadsafe, args=(fail_with, ValueError("from thread")))
    thread.start()
    thread.join()
    await asyncio.sleep(0.01)
    loop.set_exception_handler(None)
    print("handler reset:", loop.get_exception_handler())


asyncio.run(main())
