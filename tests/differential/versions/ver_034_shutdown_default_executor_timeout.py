# changes: shutdown_default_executor_timeout
# 3.12: loop.shutdown_default_executor(timeout) takes a timeout; 3.11's takes no argument.
import asyncio


async def main():
    loop = asyncio.get_running_loop()
    try:
        await loop.shutdown_default_executor(1.0)
        print("shut down with a timeout")
    except TypeError as error:
        print("TypeError:", error)


asyncio.run(main())
