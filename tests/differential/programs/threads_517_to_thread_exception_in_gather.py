"""An exception in a thread comes back through to_thread; gather(return_exceptions=True) collects it."""
import asyncio
import time


def parse(text):
    time.sleep(0.05 * len(text))
    return int(text)


async def main():
    results = await asyncio.gather(*(asyncio.to_thread(parse, t) for t in ["12", "x", "345"]),
                                   return_exceptions=True)
    for result in results:
        print(type(result).__name__, result)
    try:
        await asyncio.to_thread(parse, "oops")
    except ValueError as exc:
        print("caught:", exc)

asyncio.run(main())
