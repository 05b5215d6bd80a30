# changes: aclose_thrown_into_before_start_runs_on
"""What the generator's finally sees when the aclose() task is cancelled before it starts: the exception in
flight, and (up to 3.12) GeneratorExit at its first await; one that swallows it and returns; one that yields."""
import asyncio, sys

async def gen():
    try:
        yield 1
        yield 2
    finally:
        print("finally with", repr(sys.exc_info()[1]))
        try:
            await asyncio.sleep(0)
            print("after first await")
            await asyncio.sleep(0.1)
            print("after second await")
        except BaseException as e:
            print("await raised", repr(e))
            raise

async def main():
    async for x in gen():
        print("got", x)
        break

asyncio.run(main())
print("exit")
