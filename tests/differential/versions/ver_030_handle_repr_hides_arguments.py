# changes: callback_arguments_hidden
# 3.13: outside debug mode, a callback's arguments are no longer shown (reprs of handles, the
# "Exception in callback" message): they may hold secrets.
import asyncio


def handler(loop, context):
    print("handler:", context["message"])


async def main():
    loop = asyncio.get_running_loop()
    loop.set_exception_handler(handler)
    handle = loop.call_soon(print, "secret")
    print(repr(handle))
    handle.cancel()
    loop.call_soon(int, "not a number")
    await asyncio.sleep(0)
    loop.set_debug(True)
    loop.call_soon(int, "in debug")
    await asyncio.sleep(0)


asyncio.run(main())
