"""run_in_executor takes positional arguments only: keyword arguments go through functools.partial."""
import asyncio
import functools


def greet(name, *, punctuation="."):
    return f"hello {name}{punctuation}"


async def main():
    loop = asyncio.get_running_loop()
    print(await loop.run_in_executor(None, greet, "ada"))
    print(await loop.run_in_executor(None, functools.partial(greet, "bob", punctuation="!")))
    print(await asyncio.to_thread(greet, "cy", punctuation="?"))
    try:
        loop.run_in_executor(None, greet, "dee", punctuation="!")
    except TypeError as exc:
        print("TypeError:", exc)

asyncio.run(main())
