"""loop.call_exception_handler with a custom handler, then with the default one restored (to stderr); a
handler that raises is itself reported to stderr, and the program goes on."""
import asyncio

async def main():
    loop = asyncio.get_running_loop()
    print(loop.get_exception_handler())
    def h(loop, ctx):
        print("custom:", ctx)
    loop.set_exception_handler(h)
    print(loop.get_exception_handler() is h)
    loop.call_exception_handler({"message": "hello", "extra": 1})
    def bad(loop, ctx):
        raise ValueError("handler broke")
    loop.set_exception_handler(bad)
    loop.call_exception_handler({"message": "second"})
    print("still running")
    loop.set_exception_handler(None)
    loop.call_exception_handler({"message": "to stderr"})
    try:
        loop.set_exception_handler(42)
    except TypeError as e:
        print("TypeError:", e)

asyncio.run(main())
