"""Cancelling a task twice with two messages: the first message is the one delivered; cancelling() counts
both requests; the CancelledError the awaiting side sees carries the message."""
import asyncio

async def sleeper():
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError as e:
        print("inside:", e.args, asyncio.current_task().cancelling())
        raise

async def main():
    t = asyncio.create_task(sleeper())
    await asyncio.sleep(0)
    print(t.cancel("first"), t.cancel("second"), t.cancelling())
    try:
        await t
    except asyncio.CancelledError as e:
        print("outside:", e.args)
    print(t.cancelled(), t.cancelling())
    try:
        t.result()
    except asyncio.CancelledError as e:
        print("result:", e.args)
    try:
        t.exception()
    except asyncio.CancelledError as e:
        print("exception:", e.args)

asyncio.run(main())
