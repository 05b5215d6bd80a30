"""A worker doing 3 steps of 0.02 s against a 0.06 s asyncio.timeout and a 0.06 s call_later."""
import asyncio


async def main():
    loop = asyncio.get_running_loop()
    loop.call_later(0.06, print, "call_later(0.06) fired")
    steps = 0
    try:
        async with asyncio.timeout(0.06):
            for _ in range(3):
                await asyncio.sleep(0.02)
                steps += 1
                print("step", steps)
            print("all steps inside the deadline")
    except TimeoutError:
        print("deadline hit after", steps, "steps")
    await asyncio.sleep(0.01)


asyncio.run(main())
