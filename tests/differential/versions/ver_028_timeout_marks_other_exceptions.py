# changes: timeout_marks_other_exceptions
# 3.13: when an asyncio.timeout() expires and the block ends with another exception (raised while
# handling the cancellation), a TimeoutError is put into that exception's context chain.
import asyncio


async def main():
    try:
        async with asyncio.timeout(0.05):
            try:
                await asyncio.sleep(1)
            finally:
                raise ValueError("cleanup failed")
    except ValueError as error:
        print("ValueError, context:", type(error.__context__).__name__)
        inner = error.__context__.__context__
        print("and below it:", type(inner).__name__ if inner is not None else None)


asyncio.run(main())
