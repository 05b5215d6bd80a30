"""Code inside asyncio.timeout() catches the CancelledError and carries on: no TimeoutError, but expired() says so."""
import asyncio


async def careless():
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        print("careless: caught the cancel, carrying on")
    await asyncio.sleep(0.1)
    return "careless result"


async def main():
    try:
        async with asyncio.timeout(0.1) as cm:
            result = await careless()
        print("block finished:", result, "expired:", cm.expired())
    except TimeoutError:
        print("TimeoutError")
    try:
        async with asyncio.timeout(0.1) as cm:
            try:
                await asyncio.sleep(1)
            finally:
                print("finally in the block, cancelling() =", asyncio.current_task().cancelling())
    except TimeoutError:
        print("TimeoutError raised; cancelling() now", asyncio.current_task().cancelling())
    try:
        async with asyncio.timeout(0.1):
            try:
                await asyncio.sleep(1)
            except asyncio.CancelledError:
                raise ValueError("converted")
    except TimeoutError:
        print("TimeoutError")
    except ValueError as e:
        print("ValueError escapes instead:", e, "| context:", type(e.__context__).__name__)


asyncio.run(main())
