import asyncio


async def slow():
    try:
        print("slow started")
        await asyncio.sleep(0.05)
        print("not reached")
    except asyncio.CancelledError:
        print("slow cancelled")
        raise
    finally:
        print("slow finally")


async def main():
    try:
        await asyncio.wait_for(slow(), timeout=0.01)
    except asyncio.TimeoutError as e:
        print("TimeoutError caught", type(e).__name__, e.args, isinstance(e, TimeoutError))
    print("after wait_for")


asyncio.run(main())
