"""A pipeline of async generators: source -> parse -> filter -> batch."""
import asyncio


async def read_lines():
    for line in ["3", "x", "10", "7", "", "42", "5", "8"]:
        await asyncio.sleep(0.01)
        print(f"read {line!r}")
        yield line


async def parse(lines):
    async for line in lines:
        try:
            yield int(line)
        except ValueError:
            print(f"skipping bad line {line!r}")


async def only_odd(numbers):
    async for n in numbers:
        if n % 2:
            yield n


async def batch(items, size):
    buf = []
    async for item in items:
        buf.append(item)
        if len(buf) == size:
            yield buf
            buf = []
    if buf:
        yield buf


async def main():
    async for group in batch(only_odd(parse(read_lines())), 2):
        print("batch:", group)
    squares = [n * n async for n in parse(read_lines()) if n > 5]
    print("squares:", squares)


asyncio.run(main())
