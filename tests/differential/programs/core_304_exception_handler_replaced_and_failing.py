"""A custom exception handler sees a failing callback's message and exception and the loop goes on;
set_exception_handler(None) restores the default (get_exception_handler() says None); a handler that
raises is reported on stderr and the loop still goes on; a non-callable handler is a TypeError; SystemExit
raised in a callback ends the program with its status."""
import asyncio
import sys

def bad():
    raise ZeroDivisionError("in callback")

def exits():
    raise SystemExit(3)

async def main():
    loop = asyncio.get_running_loop()
    loop.set_exception_handler(lambda l, c: print("handled:", c["message"].split(" at ")[0], repr(c["exception"])))
    loop.call_soon(bad)
    loop.call_soon(print, "next callback")
    await asyncio.sleep(0)
    loop.set_exception_handler(None)
    print(loop.get_exception_handler())
    def raising_handler(loop, ctx):
        raise RuntimeError("handler broke")
    loop.set_exception_handler(raising_handler)
    loop.call_soon(bad)
    await asyncio.sleep(0)
    print("still running")
    try:
        loop.set_exception_handler(42)
    except TypeError as e:
        print("TypeError:", e)
    loop.call_soon(exits)
    await asyncio.sleep(1)
    print("not reached")

asyncio.run(main())
