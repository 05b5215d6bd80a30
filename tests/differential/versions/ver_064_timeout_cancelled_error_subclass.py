# changes: timeout_marks_other_exceptions
# 3.13: an expired asyncio.timeout() also takes a subclass of CancelledError leaving its block for its own
# cancellation and raises TimeoutError from it; 3.11 and 3.12 know CancelledError itself only, and let the
# subclass through.
import asyncio


class Interrupted(asyncio.CancelledError):
    pass


async def main():
    try:
        async with asyncio.timeout(0.05):
            try:
                await asyncio.sleep(1)
            except asyncio.CancelledError:
                raise Interrupted("turned into a subclass")
    except TimeoutError as error:
        print("TimeoutError from", type(error.__cause__).__name__)
    except Interrupted as error:
        print("Interrupted came through:", error)
    print("cancelling:", asyncio.current_task().cancelling())


asyncio.run(main())
