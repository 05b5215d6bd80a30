# changes: sleep_rejects_nan
# 3.13: asyncio.sleep(nan) is a ValueError; before, a NaN delay went to the timer heap.
import asyncio


async def main():
    try:
        await asyncio.wait_for(asyncio.sleep(float("nan")), timeout=0.1)
        print("sleep(nan) returned")
    except ValueError as error:
        print("ValueError:", error)
    except TimeoutError:
        print("sleep(nan) timed out")


asyncio.run(main())
