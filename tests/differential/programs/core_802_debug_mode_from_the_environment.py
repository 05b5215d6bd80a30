"""A program that sets PYTHONASYNCIODEBUG in os.environ before making its loops gets loops in debug mode:
any non-empty value counts, "0" too; asyncio.run(debug=False) still turns it off; and debug mode shows (here
call_soon refusing what is not callable, which it does not check otherwise)."""
import asyncio
import os


async def main():
    loop = asyncio.get_running_loop()
    try:
        loop.call_soon("not callable")
        print("debug:", loop.get_debug(), "- call_soon took a string")
    except TypeError as e:
        print("debug:", loop.get_debug(), "- TypeError:", e)
    await asyncio.sleep(0)


asyncio.run(main())
os.environ["PYTHONASYNCIODEBUG"] = "0"
asyncio.run(main())
loop = asyncio.new_event_loop()
print("new_event_loop:", loop.get_debug())
loop.close()
asyncio.run(main(), debug=False)
del os.environ["PYTHONASYNCIODEBUG"]
asyncio.run(main())
